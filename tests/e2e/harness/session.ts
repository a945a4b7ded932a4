/**
 * The browser-neutral view of a running browser with the built extension installed, and the
 * single entry point {@link launchExtension} that picks the driver for each browser.
 */
import type { ConsoleError, PageHandle } from './page-handle';
import type { BrowserName } from './paths';

/** Options of {@link launchExtension}. */
export interface LaunchOptions {
  /** Build folder holding `chrome-mv3/` and `firefox-mv2/`; default `LENS_OUT_DIR` or `.output`. */
  outDir?: string;
  /** Show the browser window (Chromium only; for the demo and for debugging). */
  headed?: boolean;
  /**
   * The colour scheme pages see (`prefers-color-scheme`), default the browser's (light).
   * Firefox over WebDriver BiDi cannot emulate media features, so it is fixed at launch.
   */
  colorScheme?: 'light' | 'dark';
}

/** A browser with the extension installed. Launch once per test file; close in `afterAll`. */
export interface ExtensionSession {
  readonly browser: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  readonly extensionOrigin: string;
  /** Absolute URL of an extension file: `extensionUrl('report.html?id=1')`. */
  extensionUrl(path: string): string;
  /** A new tab, blank. */
  newPage(): Promise<PageHandle>;
  /** A new tab showing an extension page, e.g. `popup.html` or `report.html?id=1`. */
  openExtensionPage(path: string): Promise<PageHandle>;
  /**
   * Sends one `@webext-core/messaging` message (see `src/messaging/protocol.ts`) to the
   * background from an extension page and returns the handler's result; a handler's error is
   * rethrown with its message. Uses `via` when given, else a background tab kept for this.
   */
  sendToBackground<R = unknown>(type: string, data?: unknown, via?: PageHandle): Promise<R>;
  /** Handles of the tabs this session opened that are still open. */
  openPages(): PageHandle[];
  /** Console errors and uncaught exceptions collected since launch or the last clear. */
  consoleErrors(): ConsoleError[];
  clearConsoleErrors(): void;
  close(): Promise<void>;
}

/**
 * Launches Chromium (playwright-core, `--load-extension`) or Firefox (puppeteer-core over
 * WebDriver BiDi, temporary add-on) with the built extension and resolves once the extension's
 * origin is known.
 */
export async function launchExtension(
  browser: BrowserName,
  options: LaunchOptions = {},
): Promise<ExtensionSession> {
  if (browser === 'chromium') {
    const { launchChromium } = await import('./chromium');
    return launchChromium(options);
  }
  const { launchFirefox } = await import('./firefox');
  return launchFirefox(options);
}

/** The page-side half of {@link ExtensionSession.sendToBackground}; runs in an extension page. */
export async function sendMessageInPage(message: {
  type: string;
  data: unknown;
}): Promise<unknown> {
  type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
  const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('Not an extension page: no runtime messaging here');
  const envelope = { id: Math.floor(Math.random() * 1e4), ...message, timestamp: Date.now() };
  const reply = (await api.runtime.sendMessage(envelope)) as
    | { res?: unknown; err?: { message?: string } }
    | undefined;
  if (reply == null) throw new Error(`No response to "${message.type}" from the background`);
  if (reply.err != null) throw new Error(reply.err.message ?? String(reply.err));
  return reply.res;
}

/** What a browser driver supplies; {@link assembleSession} builds the shared session on it. */
export interface SessionParts {
  readonly browser: BrowserName;
  readonly extensionOrigin: string;
  /** Opens a tab; tracked tabs are listed by `openPages` (and closed after each test). */
  openTab(tracked: boolean): Promise<PageHandle>;
  /** A tab the browser started with, reused for messaging instead of being left idle. */
  readonly firstTab?: PageHandle;
  readonly handles: Set<PageHandle>;
  readonly errors: ConsoleError[];
  close(): Promise<void>;
}

/** The browser-neutral part of a session, so both drivers behave the same by construction. */
export function assembleSession(parts: SessionParts): ExtensionSession {
  const { extensionOrigin, handles, errors } = parts;
  let messenger: PageHandle | null = parts.firstTab ?? null;
  const session: ExtensionSession = {
    browser: parts.browser,
    extensionOrigin,
    extensionUrl: (path) => `${extensionOrigin}/${path.replace(/^\//, '')}`,
    newPage: () => parts.openTab(true),
    async openExtensionPage(path) {
      const page = await parts.openTab(true);
      await page.goto(session.extensionUrl(path));
      return page;
    },
    async sendToBackground<R>(type: string, data?: unknown, via?: PageHandle) {
      let page = via;
      if (!page) {
        messenger ??= await parts.openTab(false);
        if (!(await messenger.url()).startsWith(extensionOrigin)) {
          await messenger.goto(session.extensionUrl('popup.html'));
        }
        page = messenger;
      }
      return (await page.evaluate(sendMessageInPage, { type, data })) as R;
    },
    openPages: () => [...handles],
    consoleErrors: () => [...errors],
    clearConsoleErrors: () => void errors.splice(0),
    close: () => parts.close(),
  };
  return session;
}
