/**
 * The quote a "Report a sighting" request carries: the sentence around a match, with a short
 * prefix and suffix so it can be found again (W3C TextQuoteSelector). Pure string code.
 */

/** Characters of context kept on each side of the quote. */
export const CONTEXT_CHARS = 32;
/** Longest quote taken from one side of the match, so run-on text stays a quote. */
const MAX_SIDE = 300;
const SENTENCE_END = /[.!?。！？\n]/;

/** A quote with its selectors' fields. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The sentence containing `[start, end)` in `text`, trimmed, with its context. */
export function sentenceAround(text: string, start: number, end: number): QuoteSelector {
  let from = start;
  while (from > 0 && start - from < MAX_SIDE && !SENTENCE_END.test(text[from - 1] as string))
    from--;
  let to = end;
  while (to < text.length && to - end < MAX_SIDE && !SENTENCE_END.test(text[to] as string)) to++;
  if (to < text.length && /[.!?。！？]/.test(text[to] as string)) to++;
  while (from < start && /\s/.test(text[from] as string)) from++;
  while (to > end && /\s/.test(text[to - 1] as string)) to--;
  return {
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT_CHARS), from),
    suffix: text.slice(to, to + CONTEXT_CHARS),
    start: from,
    end: to,
  };
}

/** SHA-256 of `text` as lower-case hex (WebCrypto, available in pages and Node). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
