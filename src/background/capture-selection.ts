/**
 * Reads a tab's page for a report: the user's selection (for the "Report a sighting" context
 * menu item, and the popup's button), the address and title, and the page's date hints.
 *
 * {@link capturePage} is injected with `scripting.executeScript({func, args})`, so it must be
 * self-contained: no imports, no closures, only what it declares and its argument (the date
 * meta selector of `src/page/date-hints.ts`, so both read the same tags). It runs with the
 * `activeTab` grant that the context-menu click or the opened popup gives, which works on any
 * page in Chrome MV3 and Firefox, even where no content script is running. It returns the
 * selection as a TextQuoteSelector and TextPositionSelector over the concatenated text nodes
 * of `<body>` (scripts and styles skipped), plus that text so the background can hash it with
 * SubtleCrypto (plain-http pages have no `crypto.subtle` of their own) and read a dateline.
 */

import { pageDate } from '../dates/page-date';

/** What {@link capturePage} reports from the page. */
export interface CapturedPage {
  url: string;
  title: string;
  /** The document's declared language (`<html lang>`), a fallback for the quote's own. */
  lang: string;
  /** Raw date hints, parsed in the background by `src/dates/page-date.ts`. */
  dateHints: { meta: string[]; times: string[]; jsonLd: string[] };
  /** The selection, or null when nothing is selected. */
  quote: { exact: string; prefix: string; suffix: string; start: number; end: number } | null;
  /** The page text the offsets refer to. */
  text: string;
}

/** Runs in the page: its address, title, date hints and selection in page-text offsets. */
export function capturePage(dateMetaSelector: string): CapturedPage {
  const context = 32;
  const hintChars = 200;
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const selection = document.getSelection();
  const range =
    selection && selection.rangeCount > 0 && !selection.isCollapsed
      ? selection.getRangeAt(0)
      : null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      skipped.has(node.parentElement?.tagName ?? '')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  let start = -1;
  let end = -1;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (range?.intersectsNode(node)) {
      if (start < 0) start = text.length + (node === range.startContainer ? range.startOffset : 0);
      end = text.length + (node === range.endContainer ? range.endOffset : node.data.length);
    }
    text += node.data;
  }
  while (start >= 0 && start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  const meta = [...document.querySelectorAll(dateMetaSelector)]
    .map((m) => (m.getAttribute('content') ?? '').slice(0, hintChars))
    .filter((value) => value !== '');
  const times = [...document.querySelectorAll('time[datetime]')]
    .slice(0, 3)
    .map((t) => (t.getAttribute('datetime') ?? '').slice(0, hintChars));
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')]
    .slice(0, 5)
    .map((s) => (s.textContent ?? '').slice(0, 50_000));
  return {
    url: location.href,
    title: document.title,
    lang: document.documentElement.lang,
    dateHints: { meta, times, jsonLd },
    quote:
      start >= 0 && end > start
        ? {
            exact: text.slice(start, end),
            prefix: text.slice(Math.max(0, start - context), start),
            suffix: text.slice(end, end + context),
            start,
            end,
          }
        : null,
    text,
  };
}

/** Lowercase hex SHA-256 of a text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The page's own date from what {@link capturePage} returned (meta tags, JSON-LD, `<time>`,
 * address, dateline), and where it was found. `today` (YYYY-MM-DD) bounds what is plausible.
 */
export function capturedPageDate(
  captured: Pick<CapturedPage, 'url' | 'dateHints' | 'text'>,
  today: string = new Date().toISOString().slice(0, 10),
): { pageDate?: string; pageDateFrom?: NonNullable<ReturnType<typeof pageDate>>['source'] } {
  const found = pageDate({ ...captured.dateHints, url: captured.url, text: captured.text }, today);
  return found ? { pageDate: found.date, pageDateFrom: found.source } : {};
}
