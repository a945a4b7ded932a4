/**
 * Opens the report form for a quote. The request can be long (quote, prefix, suffix, fact ids)
 * and comes from a page, so it is not put into the URL: the background keeps it in
 * `storage.session` under a random id and opens `report.html?request=ID`; the form takes it
 * back once with `takeReportRequest`. Session storage survives the service worker going to
 * sleep between the click and the form asking, and is cleared when the browser closes.
 */
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { ReportRequest } from '@/src/messaging/protocol';

const KEY_PREFIX = 'session:report-request:';

/** Keeps a request for the report window and returns its id. */
export async function stashReportRequest(request: ReportRequest): Promise<string> {
  const id = crypto.randomUUID();
  await storage.setItem<ReportRequest>(`${KEY_PREFIX}${id}`, request);
  return id;
}

/** Returns a stashed request and forgets it, so a reloaded form cannot replay another's data. */
export async function takeReportRequest(id: string): Promise<ReportRequest | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const key = `${KEY_PREFIX}${id}` as const;
  const request = await storage.getItem<ReportRequest>(key);
  await storage.removeItem(key);
  return request;
}

/** The extension URL of the report form for a stashed request. */
export function reportUrl(requestId: string): string {
  return `${browser.runtime.getURL('/report.html')}?request=${encodeURIComponent(requestId)}`;
}

/**
 * Opens the form in a small popup window next to the page, so the article stays visible while
 * the user fills it in. Falls back to a tab where windows cannot be created (Firefox Android).
 */
export async function openReportWindow(request: ReportRequest): Promise<void> {
  await openReportAt(reportUrl(await stashReportRequest(request)));
}

/**
 * Opens the form on a query of its own (`url=…&title=…&pageDate=…`): the step where the user
 * pastes the quote, with what is known of the page filled in.
 */
export async function openReportPage(query: string): Promise<void> {
  const page = browser.runtime.getURL('/report.html');
  await openReportAt(query ? `${page}?${query}` : page);
}

async function openReportAt(url: string): Promise<void> {
  if (browser.windows?.create) {
    await browser.windows.create({ url, type: 'popup', width: 620, height: 820 });
  } else {
    await browser.tabs.create({ url });
  }
}
