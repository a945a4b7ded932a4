/**
 * W3C Web Annotation selectors for a span of page text: a TextQuoteSelector (the exact words
 * plus ~32 characters of context either side) and a TextPositionSelector (offsets). The pair is
 * what a sighting stores as its `quote`, and what `match-quote.ts` re-anchors later.
 */
import type { QuoteSelector } from '../sightings/model';

/** Context kept either side of the quote; Hypothesis uses the same length. */
export const CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset off the middle of a surrogate pair, so no selector holds half a character. */
export function snapToCodePoint(
  text: string,
  offset: number,
  direction: 'back' | 'forward',
): number {
  const at = Math.max(0, Math.min(text.length, offset));
  if (at === 0 || at === text.length) return at;
  if (isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at))) {
    return direction === 'back' ? at - 1 : at + 1;
  }
  return at;
}

/**
 * Builds the selectors for `text[start, end)`. Offsets are clamped to the text, snapped to
 * whole characters and swapped if given backwards; surrounding whitespace of the selection is
 * left out of `exact` (a dragged selection often carries some), but kept in the context.
 * Throws a RangeError for an empty span, which can never be a quote.
 */
export function quoteSelectorFor(
  text: string,
  start: number,
  end: number,
  contextLength = CONTEXT_LENGTH,
): Required<QuoteSelector> {
  let from = snapToCodePoint(text, Math.min(start, end), 'back');
  let to = snapToCodePoint(text, Math.max(start, end), 'forward');
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  if (to <= from) throw new RangeError('a quote needs at least one visible character');
  const prefixStart = snapToCodePoint(text, from - contextLength, 'forward');
  const suffixEnd = snapToCodePoint(text, to + contextLength, 'back');
  return {
    exact: text.slice(from, to),
    prefix: text.slice(prefixStart, from),
    suffix: text.slice(to, suffixEnd),
    start: from,
    end: to,
  };
}

/** True when the stored position still holds the exact quote and its context in `text`. */
export function positionStillMatches(text: string, quote: QuoteSelector): boolean {
  const { start, end } = quote;
  // A quote taken without the page text has no position to check.
  if (start === undefined || end === undefined) return false;
  return (
    text.slice(start, end) === quote.exact &&
    text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix &&
    text.slice(end, end + quote.suffix.length) === quote.suffix
  );
}
