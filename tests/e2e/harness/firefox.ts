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
    // Release builds ignore a changed remote-settings server unless this is set (see proxyPrefs).
    ...(options.proxy ? { env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // 0 dark, 1 light: what `prefers-color-scheme` says in pages and extension pages.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      ...(options.contentScriptAccess
        ? { 'extensions.webextOptionalPermissionPrompts': false }
        : {}),
      ...(options.proxy ? proxyPrefs(options.proxy) : {}),
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
  /**
   * A new tab opens in the focused window. When that is a popup (the report window a test just
   * closed or left behind) it has no tab strip and WebDriver BiDi fails ("getTabBrowser(...) is
   * undefined"): focus the first tab's window and try once more.
   */
  const newTab = async (): Promise<Page> => {
    try {
      return await browser.newPage();
    } catch (error) {
      if (!firstTab || !String(error).includes('getTabBrowser')) throw error;
      await firstTab.bringToFront();
      return browser.newPage();
    }
  };
  let granted: Promise<void> | undefined;
  return assembleSession({
    browser: 'firefox',
    extensionOrigin,
    openTab: async (tracked) => wrap(await newTab(), tracked),
    firstTab: firstTab ? wrap(firstTab, false) : undefined,
    handles,
    errors,
    async evaluateInContentScript(page, expression, extensionPage) {
      if (!options.contentScriptAccess) {
        throw new Error(
          'evaluateInContentScript needs the session launched with contentScriptAccess',
        );
      }
      const tab = await extensionPage();
      granted ??= grantFixtureOrigin(tab);
      await granted;
      const url = await page.url();
      await page.bringToFront();
      return tab.evaluate(executeInTab, { url, expression });
    },
    close: () => closeQuietly(browser),
  });
}

/**
 * Every request through the proxy, loopback included (Firefox bypasses it for loopback by
 * default), and Firefox's own services that would call home on their own turned off, so that
 * what the proxy records is what the pages and the extension sent.
 */
function proxyPrefs(proxy: { host: string; port: number }): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': proxy.host,
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': proxy.host,
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // Firefox's own traffic: remote settings, captive-portal and connectivity checks, push,
    // add-on and blocklist updates, region and geolocation look-ups, speculative connections.
    'services.settings.server': 'data:,#remote-settings-off',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'dom.push.connection.enabled': false,
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'geo.provider.network.url': '',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'app.normandy.enabled': false,
    'toolkit.telemetry.enabled': false,
    'identity.fxaccounts.enabled': false,
    'media.gmp-manager.url': '',
  };
}

/**
 * Grants the extension its optional `http://127.0.0.1/*` permission, so that
 * `tabs.executeScript` may run in fixture pages. `permissions.request` must come from a user
 * action, so a button in the extension tab is clicked through WebDriver BiDi's input actions;
 * the launch turned the permission prompt off.
 */
async function grantFixtureOrigin(tab: PageHandle): Promise<void> {
  await tab.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'lens-test-grant';
    button.textContent = 'grant';
    button.style.cssText =
      'position:fixed;inset:0 auto auto 0;z-index:2147483647;width:80px;height:40px';
    const scope = window as unknown as { lensGranted?: string };
    button.addEventListener('click', () => {
      const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') })
        .browser;
      api.permissions.request({ origins: ['http://127.0.0.1/*'] }).then(
        (yes) => {
          scope.lensGranted = String(yes);
        },
        (error: unknown) => {
          scope.lensGranted = String(error);
        },
      );
    });
    document.body.append(button);
  });
  await tab.bringToFront();
  await tab.click('#lens-test-grant');
  const deadline = Date.now() + 10_000;
  let answer: string | undefined;
  while (Date.now() < deadline && answer === undefined) {
    answer = await tab.evaluate(() => (window as unknown as { lensGranted?: string }).lensGranted);
    if (answer === undefined) await new Promise((done) => setTimeout(done, 100));
  }
  await tab.evaluate(() => document.getElementById('lens-test-grant')?.remove());
  if (answer !== 'true') throw new Error(`Firefox did not grant http://127.0.0.1/*: ${answer}`);
}

/** Runs in an extension tab: executes `expression` in the content-script world of the tab at `url`. */
async function executeInTab({ url, expression }: { url: string; expression: string }) {
  const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') })
    .browser;
  const tabs = (await api.tabs.query({})).filter((t) => t.url === url);
  const tab = tabs.find((t) => t.active) ?? tabs[0];
  if (tab?.id === undefined) throw new Error(`No tab shows ${url}`);
  const [result] = await api.tabs.executeScript(tab.id, { code: expression });
  return result as unknown;
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
    // Puppeteer's Locator.fill never settles in Firefox 140 ESR: select the field's text and
    // type over it (trusted keys, like a user); fields that take no typing get their value set.
    async fill(selector, value) {
      const element = await visible(selector);
      const typed = await element.evaluate((el) => {
        const field = el as HTMLInputElement;
        field.focus();
        const typeable =
          field.tagName === 'TEXTAREA' || /^(text|search|url|tel|email|password)$/.test(field.type);
        if (typeable) field.select();
        return typeable;
      });
      if (!typed) {
        await element.evaluate((el, v) => {
          const field = el as HTMLInputElement;
          field.value = v;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        }, value);
      } else if (value === '') await page.keyboard.press('Backspace');
      else await element.type(value);
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
