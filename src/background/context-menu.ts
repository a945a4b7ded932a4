/**
 * The "Report a sighting" item on selected text, and the same report started from the popup.
 * A menu click, or opening the popup, grants `activeTab` for that tab, which is enough to run
 * {@link capturePage} there with `scripting.executeScript`; no host permission is asked for and
 * the page's DOM is not touched. A captured selection opens the report window like a card's
 * "Report a sighting" button does; without a selection (the popup) the form opens on the tab's
 * address, title and page date, for the user to paste the quote.
 */
import { browser } from 'wxt/browser';
import type { ReportRequest } from '@/src/messaging/protocol';
import { DATE_META_SELECTOR } from '@/src/page/date-hints';
import { type CapturedPage, capturedPageDate, capturePage, sha256Hex } from './capture-selection';
import { openReportPage, openReportWindow } from './report-window';

/** Id of the context-menu item. */
export const REPORT_MENU_ID = 'report-sighting';

/**
 * Creates the menu item, titled in the interface language. Chrome keeps items across service-worker restarts and Firefox MV2
 * does not, so the item is removed and created on every background start, which is right in
 * both and never fails with a duplicate id.
 */
export async function installReportMenu(
  title: Promise<string> | string = 'Report a sighting',
): Promise<void> {
  const [shown] = await Promise.all([title, browser.contextMenus.removeAll()]);
  browser.contextMenus.create({
    id: REPORT_MENU_ID,
    title: shown,
    contexts: ['selection'],
  });
}

const today = () => new Date().toISOString().slice(0, 10);

/** Turns a captured selection into the form's request (hashing the page text here). */
export async function requestFromCapture(
  captured: CapturedPage & { quote: NonNullable<CapturedPage['quote']> },
  factIds: string[] = [],
  day: string = today(),
): Promise<ReportRequest> {
  return {
    url: captured.url,
    title: captured.title,
    lang: captured.lang,
    quote: captured.quote,
    textSha256: await sha256Hex(captured.text),
    factIds,
    ...capturedPageDate(captured, day),
  };
}

/**
 * The request when the page cannot be scripted (the browser's own pages, PDF viewers, other
 * extensions' pages): the menu event still carries the selected text, so the form opens with
 * the quote alone, marked `quoteOnly` so it says the page text was not captured.
 */
export async function requestFromSelectionText(
  selectionText: string,
  tab: { url?: string; title?: string },
): Promise<ReportRequest> {
  const exact = selectionText.trim();
  return {
    url: tab.url ?? '',
    title: tab.title ?? '',
    lang: 'und',
    quote: { exact, prefix: '', suffix: '' },
    textSha256: await sha256Hex(exact),
    factIds: [],
    ...(tab.url ? capturedPageDate({ url: tab.url, dateHints: emptyHints(), text: '' }) : {}),
    quoteOnly: true,
  };
}

const emptyHints = (): CapturedPage['dateHints'] => ({ meta: [], times: [], jsonLd: [] });

/** Reads a tab's page and selection, or null when the page refuses scripts. */
export async function captureInTab(tabId: number, frameId = 0): Promise<CapturedPage | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: capturePage,
      args: [DATE_META_SELECTOR],
    });
    return (result?.result as CapturedPage | null | undefined) ?? null;
  } catch {
    return null;
  }
}

/** What the popup's "Report a sighting" opened: the form on a selection, or the paste step. */
export type TabReportOutcome = 'selection' | 'page';

/**
 * The popup's "Report a sighting" for a tab: its selection goes to the form as the context
 * menu's does; without one the form opens on the tab's address, title and page date.
 */
export async function reportFromTab(
  tabId: number,
  factIds: string[],
  tab: { url?: string | undefined; title?: string | undefined } = {},
): Promise<TabReportOutcome> {
  const captured = await captureInTab(tabId);
  if (captured?.quote) {
    await openReportWindow(
      await requestFromCapture({ ...captured, quote: captured.quote }, factIds),
    );
    return 'selection';
  }
  const url = captured?.url ?? tab.url ?? '';
  const params = new URLSearchParams();
  if (/^https?:\/\//i.test(url)) {
    params.set('url', url);
    params.set('title', captured?.title ?? tab.title ?? '');
    const dated = captured
      ? capturedPageDate(captured)
      : capturedPageDate({ url, dateHints: emptyHints(), text: '' });
    if (dated.pageDate) params.set('pageDate', dated.pageDate);
    if (dated.pageDateFrom) params.set('pageDateFrom', dated.pageDateFrom);
  }
  await openReportPage(params.toString());
  return 'page';
}

/** Listens for clicks on the item and opens the report window for the selection. */
export function listenForReportMenu(factIdsForTab: (tabId: number) => Promise<string[]>): void {
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== REPORT_MENU_ID || tab?.id === undefined) return;
    const captured = await captureInTab(tab.id, info.frameId ?? 0);
    const request = captured?.quote
      ? await requestFromCapture(
          { ...captured, quote: captured.quote },
          await factIdsForTab(tab.id).catch(() => []),
        )
      : await requestFromSelectionText(info.selectionText ?? '', tab);
    await openReportWindow(request);
  });
}
