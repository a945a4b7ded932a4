/**
 * Reads the user's selection from a tab for the "Report a sighting" context-menu item.
 *
 * {@link captureSelection} is injected with `scripting.executeScript({func})`, so it must be
 * self-contained: no imports, no closures, only what it declares. It runs with the `activeTab`
 * grant that the context-menu click gives, which works on any page in Chrome MV3 and Firefox,
 * even where no content script is running. It returns the selection as a TextQuoteSelector and
 * TextPositionSelector over the concatenated text nodes of `<body>` (scripts and styles
 * skipped), plus that text so the background can hash it with SubtleCrypto (plain-http pages
 * have no `crypto.subtle` of their own).
 */

/** What {@link captureSelection} reports from the page. */
export interface CapturedSelection {
  url: string;
  title: string;
  lang: string;
  pageDate?: string;
  quote: { exact: string; prefix: string; suffix: string; start: number; end: number };
  /** The page text the offsets refer to. */
  text: string;
}

/** Runs in the page: the selection in page-text offsets, or null without a selection. */
export function captureSelection(): CapturedSelection | null {
  const context = 32;
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
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
    if (range.intersectsNode(node)) {
      if (start < 0) start = text.length + (node === range.startContainer ? range.startOffset : 0);
      end = text.length + (node === range.endContainer ? range.endOffset : node.data.length);
    }
    text += node.data;
  }
  while (start >= 0 && start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (start < 0 || end <= start) return null;
  const published = document.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"]',
  );
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  const pageDate = published?.content || time || undefined;
  return {
    url: location.href,
    title: document.title,
    lang: document.documentElement.lang || navigator.language,
    ...(pageDate ? { pageDate } : {}),
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
      start,
      end,
    },
    text,
  };
}

/** Lowercase hex SHA-256 of a text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
