/**
 * Browser-side helpers of the popup tests: viewport sizing, badge reading and axe-core, for
 * Playwright (Chromium) and Puppeteer (Firefox) pages alike.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ExtensionSession, PageHandle } from './harness';

interface RawPage {
  evaluate(source: string): Promise<unknown>;
  setViewportSize?(size: { width: number; height: number }): Promise<void>;
  setViewport?(size: { width: number; height: number }): Promise<void>;
}

/**
 * Sizes the tab in either driver. Puppeteer sends the viewport and a screen orientation
 * together; Firefox ESR's WebDriver BiDi lacks the orientation command, which is not needed.
 */
export async function setViewport(
  page: PageHandle,
  size: { width: number; height: number },
): Promise<void> {
  const raw = page.raw as RawPage;
  if (raw.setViewportSize) return raw.setViewportSize(size);
  try {
    await raw.setViewport?.(size);
  } catch (error) {
    if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error))) throw error;
  }
}

/** Sizes the tab like the toolbar popup (about 380×560). */
export async function popupViewport(page: PageHandle): Promise<void> {
  await setViewport(page, { width: 380, height: 560 });
}

/** The toolbar badge text of `tabId`, read through `action` (MV3) or `browserAction` (MV2). */
export function badgeText(page: PageHandle, tabId: number): Promise<string> {
  return page.evaluate(async (id: number) => {
    type Badge = { getBadgeText(details: { tabId: number }): Promise<string> };
    type Api = { action?: Badge; browserAction?: Badge };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = scope.browser ?? scope.chrome;
    const badge = api?.action ?? api?.browserAction;
    if (!badge) throw new Error('no badge API in this page');
    return badge.getBadgeText({ tabId: id });
  }, tabId);
}

/** Ids of every open tab (no `tabs` permission needed for ids). */
export function tabIds(page: PageHandle): Promise<number[]> {
  return page.evaluate(async () => {
    type Api = { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome) as Api;
    return (await api.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

/** One axe-core violation: rule, impact and where (up to three nodes, with axe's summary). */
export interface AxeViolation {
  id: string;
  impact: string;
  nodes: number;
  where: string[];
}

/** Every violation of axe-core's rules in the page, whatever its impact. */
export async function allAxeViolations(page: PageHandle): Promise<AxeViolation[]> {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const raw = page.raw as RawPage;
  // Evaluated through the driver, so the extension page's CSP does not block it.
  await raw.evaluate(source);
  return page.evaluate(async () => {
    type Node = { target: unknown[]; failureSummary?: string };
    type Result = { violations: Array<{ id: string; impact?: string; nodes: Node[] }> };
    const axe = (globalThis as unknown as { axe: { run(): Promise<Result> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      nodes: v.nodes.length,
      where: v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }));
  });
}

/** Violations of axe-core's rules in the page, serious and critical only. */
export async function seriousAxeViolations(page: PageHandle): Promise<string[]> {
  return (await allAxeViolations(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`);
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeout` ms. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeout = 20_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Opens the popup page and waits until its script has rendered over the prerendered list:
 * before that the list is visible but does not yet answer keys and clicks.
 */
export async function openPopup(
  session: { openExtensionPage(path: string): Promise<PageHandle> },
  path = 'popup.html',
): Promise<PageHandle> {
  const popup = await session.openExtensionPage(path);
  await until('the popup script to take over', async () =>
    (await popup.evaluate(() => performance.getEntriesByName('popup-first-render').length > 0))
      ? true
      : undefined,
  );
  return popup;
}

/** A page of either driver, as the report window is found: it evaluates and closes. */
export interface OpenWindow {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * The report window the background opened (`report.html?request=…`), found among the browser's
 * pages: `tabs.query` shows no addresses to an extension without the `tabs` permission.
 */
export async function reportWindow(session: ExtensionSession): Promise<OpenWindow> {
  const probe = await session.newPage();
  const raw = probe.raw as {
    context?: () => { pages(): OpenWindow[] };
    browser?: () => { pages(): Promise<OpenWindow[]> };
  };
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    const pages = raw.context ? raw.context().pages() : await (raw.browser?.().pages() ?? []);
    for (const page of pages) {
      const url = await page.evaluate(() => location.href, undefined).catch(() => '');
      if (String(url).includes('report.html?request=')) return page;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the report window did not open');
}
