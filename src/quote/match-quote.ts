/**
 * Fuzzy re-anchoring of a quote in page text, after Hypothesis's `anchoring/match-quote.ts`:
 * candidates are the places where the quote occurs with the fewest edits, and each is scored
 * on the quote (weight 50), the text before it against the stored prefix (20), the text after
 * it against the suffix (20) and its distance from the old position (2).
 *
 * Two shortcuts keep it fast on large pages without changing the answer:
 * - an exact occurrence means the fewest edits is zero, so `indexOf` finds every candidate;
 * - otherwise, split into `maxErrors + 1` pieces, a match with at most `maxErrors` edits must
 *   contain one piece unchanged (pigeonhole), so only windows around piece hits are searched.
 */
import { type ApproxMatch, findMatchEnds, withStarts } from './approx-search';

/** The stored context of a quote: its TextQuoteSelector prefix/suffix and old start offset. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Expected start offset (the TextPositionSelector's `start`). */
  hint?: number;
}

/** Where the quote was found and how well it fits, 0 (nothing alike) to 1 (same place, same words). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
}

/** Search limits; the default is Hypothesis's bound. */
export interface MatchOptions {
  /** Most edits accepted in the quote itself; Hypothesis's default, min(256, length/2). */
  maxErrors?: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Pieces shorter than this hit almost everywhere; the whole text is searched instead. */
const MIN_PIECE_LENGTH = 4;
/** More piece hits than this and windows cost more than a plain scan. */
const MAX_PIECE_HITS = 2000;

/** Every start offset of `needle` in `text`, stopping after `cap` hits. */
export function occurrences(text: string, needle: string, cap: number): number[] {
  const hits: number[] = [];
  for (let at = text.indexOf(needle); at >= 0 && hits.length <= cap; ) {
    hits.push(at);
    at = text.indexOf(needle, at + 1);
  }
  return hits;
}

/** 1 minus the fewest edits of `pattern` anywhere in `text`, per character of `pattern`. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const [best] = findMatchEnds(text, pattern, pattern.length);
  return best === undefined ? 0 : 1 - best.errors / pattern.length;
}

/** Text windows that must contain every match with at most `k` edits, or null for "all". */
function searchWindows(text: string, quote: string, k: number): Array<[number, number]> | null {
  const pieceLength = Math.floor(quote.length / (k + 1));
  if (pieceLength < MIN_PIECE_LENGTH) return null;
  const spans: Array<[number, number]> = [];
  for (let piece = 0; piece <= k; piece++) {
    const offset = piece * pieceLength;
    for (const hit of occurrences(
      text,
      quote.slice(offset, offset + pieceLength),
      MAX_PIECE_HITS,
    )) {
      const from = Math.max(0, hit - offset - k);
      spans.push([from, Math.min(text.length, hit - offset + quote.length + k)]);
    }
    if (spans.length > MAX_PIECE_HITS) return null;
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of spans) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * A tighter error bound from the quote's old neighbourhood: the fewest edits found there is an
 * upper bound on the fewest edits anywhere, so the global search can use it without missing a
 * best match. A lightly edited page then costs two short searches instead of a scan.
 */
function boundNearHint(text: string, quote: string, maxErrors: number, hint?: number): number {
  if (hint === undefined) return maxErrors;
  const from = Math.max(0, hint - quote.length - maxErrors);
  const to = Math.min(text.length, hint + 2 * quote.length + maxErrors);
  return findMatchEnds(text, quote, maxErrors, from, to)[0]?.errors ?? maxErrors;
}

/** The best-error matches of `quote` in `text` with at most `maxErrors` edits. */
function candidates(text: string, quote: string, maxErrors: number, hint?: number): ApproxMatch[] {
  const exact = occurrences(text, quote, Number.POSITIVE_INFINITY);
  if (exact.length > 0)
    return exact.map((start) => ({ start, end: start + quote.length, errors: 0 }));
  const k = boundNearHint(text, quote, maxErrors, hint);
  const windows = searchWindows(text, quote, k) ?? [[0, text.length]];
  let best = k;
  let ends: Array<{ end: number; errors: number }> = [];
  for (const [from, to] of windows) {
    const found = findMatchEnds(text, quote, best, from, to);
    const errors = found[0]?.errors;
    if (errors === undefined) continue;
    if (errors < best || ends.length === 0) ends = [];
    ends.push(...found);
    best = errors;
  }
  return withStarts(text, quote, ends);
}

/**
 * Finds `quote` in `text`, tolerant of edits, and returns the best-scoring place, or null when
 * no place is within `maxErrors` edits. Ties go to the earlier place.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
  options: MatchOptions = {},
): QuoteMatch | null {
  if (quote.length === 0) return null;
  const k = Math.floor(options.maxErrors ?? Math.min(256, quote.length / 2));
  let best: QuoteMatch | null = null;
  for (const match of candidates(text, quote, k, context.hint)) {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix
      ? similarity(
          text.slice(Math.max(0, match.start - context.prefix.length), match.start),
          context.prefix,
        )
      : 1;
    const suffixScore = context.suffix
      ? similarity(text.slice(match.end, match.end + context.suffix.length), context.suffix)
      : 1;
    const positionScore =
      context.hint === undefined || text.length === 0
        ? 1
        : Math.max(0, 1 - Math.abs(match.start - context.hint) / text.length);
    const score =
      (QUOTE_WEIGHT * quoteScore +
        PREFIX_WEIGHT * prefixScore +
        SUFFIX_WEIGHT * suffixScore +
        POSITION_WEIGHT * positionScore) /
      TOTAL_WEIGHT;
    if (!best || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best;
}
