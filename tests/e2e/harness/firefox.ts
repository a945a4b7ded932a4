/**
 * Firefox driver: puppeteer-core over WebDriver BiDi, with the unpacked build installed as a
 * temporary add-on. Firefox gives each add-on a random internal UUID for its
 * `moz-extension://` origin; the pref `extensions.webextensions.uuids` fixes it at launch so
 * tests can open extension pages.
 */
import { randomUUID } from 'node:crypto';
import { isAbsolute } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type ConsoleError, chordKeys, defaultWaitMs, type PageHandle } from './page-handle';
import { artifactPath, extensionDir, findBrowserExecutable, readManifest } from './paths';
import { assembleSession, type ExtensionSession, type LaunchOptions } from './session';

/** Launches Firefox with the build from `options.outDir` and returns its session. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = findBrowserExecutable('firefox');
  const extension = extensionDir('firefox', options.outDir);
  const geckoId = geckoIdOf(readManifest(extension));
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: !options.headed,
    timeout: 60_000,
    protocolTimeout: 60_000,
    defaultViewport: { width: 1280, height: 900 },
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      ...colorSchemePrefs(options.colorScheme),
    },
  });
  try {
    await browser.installExtension(extension);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox refused the add-on in ${extension}: ${String(error)}`);
  }
  const extensionOrigin = `moz-extension://${uuid}`;
  const errors: ConsoleError[] = [];
  watchExtensionErrors(browser, extensionOrigin, errors);
  const handles = new Set<PageHandle>();
  const wrap = (page: Page, tracked: boolean): PageHandle => {
    watchConsole(page, errors);
    const handle = firefoxPage(page, () => handles.delete(handle));
    if (tracked) handles.add(handle);
    return handle;
  };
  const [firstTab] = await browser.pages();
  return assembleSession({
    browser: 'firefox',
    extensionOrigin,
    openTab: async (tracked) => wrap(await browser.newPage(), tracked),
    firstTab: firstTab ? wrap(firstTab, false) : undefined,
    handles,
    errors,
    close: () => closeQuietly(browser),
  });
}

/**
 * Prefs that fix `prefers-color-scheme` (BiDi has no media emulation): the system theme, and
 * the content override (0 dark, 1 light) that pages, extension pages included, follow.
 */
function colorSchemePrefs(scheme: LaunchOptions['colorScheme']): Record<string, number> {
  if (!scheme) return {};
  const dark = scheme === 'dark';
  return {
    'ui.systemUsesDarkTheme': dark ? 1 : 0,
    'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
  };
}

function geckoIdOf(manifest: Record<string, unknown>): string {
  const settings = (manifest.browser_specific_settings ?? manifest.applications) as
    | { gecko?: { id?: string } }
    | undefined;
  const id = settings?.gecko?.id;
  if (!id) throw new Error('The Firefox build has no browser_specific_settings.gecko.id');
  return id;
}

function watchConsole(page: Page, errors: ConsoleError[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    errors.push({
      source: 'page',
      url: message.location().url ?? page.url(),
      text: message.text(),
    });
  });
  page.on('pageerror', (error) => {
    errors.push({ source: 'page', url: page.url(), text: String(error) });
  });
}

/**
 * WebDriver BiDi reports nothing from the background page or extension pages, but Firefox
 * prints their uncaught exceptions and unhandled rejections on stderr as
 * `JavaScript error: moz-extension://<uuid>/<file>, line N: <message>`; collect those.
 */
function watchExtensionErrors(browser: Browser, origin: string, errors: ConsoleError[]): void {
  const stderr = browser.process()?.stderr;
  if (!stderr) return;
  const prefix = `JavaScript error: ${origin}/`;
  let pending = '';
  stderr.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith(prefix)) continue;
      const match = /^JavaScript error: (\S+), line \d+: (.*)$/.exec(line);
      const url = match?.[1] ?? '';
      const isBackground = /\/(background|_generated_background_page)/.test(url);
      errors.push({ source: isBackground ? 'background' : 'page', url, text: match?.[2] ?? line });
    }
  });
}

async function closeQuietly(browser: Browser): Promise<void> {
  await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
}

/** Puppeteer needs `pierce/` to search open shadow roots; `a >>> b` is already deep. */
function deep(selector: string): string {
  return selector.includes('>>>') ? selector : `pierce/${selector}`;
}

async function gotoWeb(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
}

/**
 * Puppeteer hears no navigation events once a tab switches to the extension process, so its
 * `goto` would time out although the page loads. Start the navigation, then poll the document.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => {});
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => null);
    if (state && state.href === url && state.ready === 'complete') return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Firefox did not finish loading ${url} within 30 s`);
}

/** Adapts a Puppeteer page to {@link PageHandle}. */
export function firefoxPage(page: Page, onClose: () => void): PageHandle {
  page.once('close', onClose);
  const visible = async (selector: string) => {
    const element = await page.waitForSelector(deep(selector), {
      visible: true,
      timeout: defaultWaitMs,
    });
    if (!element) throw new Error(`No element for ${selector}`);
    return element;
  };
  return {
    browser: 'firefox',
    raw: page,
    goto: (url) =>
      url.startsWith('moz-extension:') ? gotoExtensionPage(page, url) : gotoWeb(page, url),
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    click: async (selector) => (await visible(selector)).click(),
    type: async (selector, text) => (await visible(selector)).type(text),
    // Puppeteer's Locator.fill waits for two animation frames with an unchanged box, and
    // Firefox does not run animation frames in a tab behind another: set the value as
    // Playwright's fill does (native setter, then input and change events).
    async fill(selector, value) {
      const handle = await visible(selector);
      await handle.evaluate((element, text) => {
        const el = element as HTMLInputElement;
        el.focus();
        const proto = Object.getPrototypeOf(el) as object;
        Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, text);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
    },
    async press(key) {
      const keys = chordKeys(key) as Parameters<Page['keyboard']['down']>[0][];
      for (const k of keys) await page.keyboard.down(k);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    async waitFor(selector, options = {}) {
      const state = options.state ?? 'attached';
      await page.waitForSelector(deep(selector), {
        visible: state === 'visible',
        hidden: state === 'hidden' || state === 'detached',
        timeout: options.timeout ?? defaultWaitMs,
      });
    },
    count: async (selector) => (await page.$$(deep(selector))).length,
    async text(selector) {
      const element = await page.$(deep(selector));
      return element ? element.evaluate((node) => node.textContent) : null;
    },
    bringToFront: () => page.bringToFront(),
    async resize(width, height) {
      // Puppeteer sends a screen-orientation override with the viewport; Firefox ESR 140 does
      // not know that command, while the viewport itself is applied. Only that refusal is ignored.
      await page.setViewport({ width, height }).catch((error: unknown) => {
        if (!String(error).includes('setScreenOrientationOverride')) throw error;
      });
    },
    async screenshot(path) {
      const file = isAbsolute(path) ? path : artifactPath(path);
      await page.screenshot({ path: file as `${string}.png` });
      return file;
    },
    close: () => page.close(),
  };
}
