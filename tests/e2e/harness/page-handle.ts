/**
 * One page API over Playwright (Chromium) and Puppeteer (Firefox), so a test body is written
 * once and runs in both browsers. Selectors are CSS and also find elements inside open shadow
 * roots (the overlay lives in one): write selectors that match within one tree, e.g.
 * `button[aria-expanded]` or `.card h2`; `host >>> inner` scopes into a shadow host in both.
 */
import type { BrowserName } from './paths';

/** Element states {@link PageHandle.waitFor} can wait for. */
export type WaitState = 'attached' | 'visible' | 'hidden' | 'detached';

/** Options of {@link PageHandle.waitFor}. */
export interface WaitOptions {
  /** Default `attached`. */
  state?: WaitState;
  /** Milliseconds; default 15 000. */
  timeout?: number;
}

/** A page or extension page in either browser. */
export interface PageHandle {
  readonly browser: BrowserName;
  /** Navigates and waits for the `load` event. */
  goto(url: string): Promise<void>;
  /** The current URL, read from the document (drivers can miss cross-process navigations). */
  url(): Promise<string>;
  /**
   * Runs `fn` in the page's main world with one serialisable argument and returns its
   * serialisable result. In extension pages `chrome`/`browser` APIs are available.
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** Clicks the first element matching `selector` (waits until it is visible). */
  click(selector: string): Promise<void>;
  /** Focuses the first match and types `text` key by key (appends to existing text). */
  type(selector: string, text: string): Promise<void>;
  /** Replaces the value of an input, textarea or select's first match with `value`. */
  fill(selector: string, value: string): Promise<void>;
  /** Presses a key or chord on the focused element: `Enter`, `Escape`, `Tab`, `Shift+Tab`. */
  press(key: string): Promise<void>;
  /** Waits until the first match reaches `state` (default: attached). */
  waitFor(selector: string, options?: WaitOptions): Promise<void>;
  /** Number of elements matching `selector` right now. */
  count(selector: string): Promise<number>;
  /** `textContent` of the first match, or null when nothing matches. */
  text(selector: string): Promise<string | null>;
  /** Makes this tab the active one (the "current tab" of popup and background). */
  bringToFront(): Promise<void>;
  /** Sets the viewport to `width`×`height` CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  /** Writes a PNG of the viewport; relative paths go under `test-results/`. */
  screenshot(path: string): Promise<string>;
  close(): Promise<void>;
  /** The underlying Playwright `Page` (Chromium) or Puppeteer `Page` (Firefox). */
  readonly raw: unknown;
}

/** A console error or uncaught exception seen in a page, extension page or background. */
export interface ConsoleError {
  /** `page` for tabs (content scripts included where the browser reports them), `background`. */
  source: 'page' | 'background';
  /** URL of the document or worker that logged it, when known. */
  url: string;
  text: string;
}

/** Default wait in {@link PageHandle.waitFor} and element actions. */
export const defaultWaitMs = 15_000;

/** Splits `Shift+Tab` into its keys, for drivers that have no chord syntax. */
export function chordKeys(key: string): string[] {
  return key === '+' ? ['+'] : key.split('+');
}
