/**
 * Chromium driver: playwright-core with the unpacked MV3 build loaded through
 * `--load-extension` in a throwaway profile. The extension id is read from the service
 * worker's URL, as in WXT's Playwright example.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type ConsoleError, chordKeys, defaultWaitMs, type PageHandle } from './page-handle';
import { artifactPath, extensionDir, findBrowserExecutable } from './paths';
import { assembleSession, type ExtensionSession, type LaunchOptions } from './session';

/** Flags for a root user on a machine without outside network (see tests/e2e/README.md). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-default-apps',
];

/** Launches Chromium with the build from `options.outDir` and returns its session. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = findBrowserExecutable('chromium');
  const extension = extensionDir('chromium', options.outDir);
  const profile = await mkdtemp(join(tmpdir(), 'lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: !options.headed,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...chromiumFlags,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
    viewport: { width: 1280, height: 900 },
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    timeout: 60_000,
  });
  const errors: ConsoleError[] = [];
  watchConsole(context, errors);
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  // Node's URL gives `null` as the origin of non-web schemes; cut the origin out by hand.
  const extensionOrigin = worker.url().replace(/^(chrome-extension:\/\/[^/]+).*$/, '$1');

  const handles = new Set<PageHandle>();
  // The persistent context opens one blank tab; it serves for messaging instead of idling.
  const [firstTab] = context.pages();
  return assembleSession({
    browser: 'chromium',
    extensionOrigin,
    async openTab(tracked) {
      const page = await context.newPage();
      if (!tracked) return chromiumPage(page, () => {});
      const handle = chromiumPage(page, () => handles.delete(handle));
      handles.add(handle);
      return handle;
    },
    firstTab: firstTab ? chromiumPage(firstTab, () => {}) : undefined,
    handles,
    errors,
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  });
}

/** Collects console errors and uncaught exceptions of tabs and of the service worker. */
function watchConsole(context: BrowserContext, errors: ConsoleError[]): void {
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const worker = message.worker();
    const url = message.location().url || worker?.url() || message.page()?.url() || '';
    errors.push({ source: worker ? 'background' : 'page', url, text: message.text() });
  });
  context.on('weberror', (webError) => {
    const url = webError.page()?.url() ?? '';
    errors.push({ source: 'page', url, text: String(webError.error()) });
  });
}

/** Adapts a Playwright page to {@link PageHandle}. */
export function chromiumPage(page: Page, onClose: () => void): PageHandle {
  page.once('close', onClose);
  const locate = (selector: string) => page.locator(selector.replaceAll('>>>', '>>')).first();
  return {
    browser: 'chromium',
    raw: page,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg as never) as never,
    click: (selector) => locate(selector).click({ timeout: defaultWaitMs }),
    type: (selector, text) => locate(selector).pressSequentially(text, { timeout: defaultWaitMs }),
    fill: (selector, value) => locate(selector).fill(value, { timeout: defaultWaitMs }),
    press: (key) => page.keyboard.press(chordKeys(key).join('+')),
    waitFor: async (selector, options = {}) => {
      await locate(selector).waitFor({
        state: options.state ?? 'attached',
        timeout: options.timeout ?? defaultWaitMs,
      });
    },
    count: (selector) => page.locator(selector.replaceAll('>>>', '>>')).count(),
    text: async (selector) =>
      (await locate(selector).count()) === 0 ? null : locate(selector).textContent(),
    bringToFront: () => page.bringToFront(),
    resize: (width, height) => page.setViewportSize({ width, height }),
    async screenshot(path) {
      const file = isAbsolute(path) ? path : artifactPath(path);
      await page.screenshot({ path: file });
      return file;
    },
    close: () => page.close(),
  };
}
