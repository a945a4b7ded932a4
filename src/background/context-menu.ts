/**
 * The "Report a sighting" item on selected text. A click grants `activeTab` for that tab, which
 * is enough to run {@link captureSelection} there with `scripting.executeScript`; no host
 * permission is asked for and the page's DOM is not touched. The captured quote then opens the
 * report window like a card's "Report a sighting" button does.
 */
import { browser } from 'wxt/browser';
import type { ReportRequest } from '@/src/messaging/protocol';
import { type CapturedSelection, captureSelection, sha256Hex } from './capture-selection';
import { openReportWindow } from './report-window';

/** Id of the context-menu item. */
export const REPORT_MENU_ID = 'report-sighting';

/**
 * Creates the menu item. Chrome keeps items across service-worker restarts and Firefox MV2
 * does not, so the item is removed and created on every background start, which is right in
 * both and never fails with a duplicate id.
 */
export async function installReportMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: REPORT_MENU_ID,
    title: 'Report a sighting',
    contexts: ['selection'],
  });
}

/** Turns what the page returned into the form's request (hashing the text here). */
export async function requestFromCapture(
  captured: CapturedSelection,
  factIds: string[] = [],
): Promise<ReportRequest> {
  const { text, ...rest } = captured;
  return { ...rest, textSha256: await sha256Hex(text), factIds };
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
    quote: { exact, prefix: '', suffix: '', start: 0, end: exact.length },
    textSha256: await sha256Hex(exact),
    factIds: [],
    quoteOnly: true,
  };
}

/** Reads the selection of a tab, or null when the page refuses scripts. */
async function captureInTab(tabId: number, frameId: number): Promise<CapturedSelection | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: captureSelection,
    });
    return (result?.result as CapturedSelection | null | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Listens for clicks on the item and opens the report window for the selection. */
export function listenForReportMenu(factIdsForTab: (tabId: number) => Promise<string[]>): void {
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== REPORT_MENU_ID || tab?.id === undefined) return;
    const captured = await captureInTab(tab.id, info.frameId ?? 0);
    const request = captured
      ? await requestFromCapture(captured, await factIdsForTab(tab.id).catch(() => []))
      : await requestFromSelectionText(info.selectionText ?? '', tab);
    await openReportWindow(request);
  });
}
