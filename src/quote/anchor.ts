/**
 * Finding a stored quote again, in the order Hypothesis's `anchoring/html.ts` tries: the stored
 * position first (free when the page is unchanged), then the quote with its context, fuzzily.
 *
 * One addition to Hypothesis's search: its candidates are only the places with the fewest edits
 * to the quote, so when the recorded words were edited and a similar sentence elsewhere on the
 * page is closer, context cannot rescue the right place. Here the text between an unchanged
 * prefix and suffix is also scored as a candidate, within the same error bound.
 */
import type { QuoteSelector } from '../sightings/model';
import { editDistance } from './approx-search';
import { type MatchOptions, matchQuote, occurrences, type QuoteMatch } from './match-quote';
import { positionStillMatches } from './selectors';

/** Quote, prefix and suffix all exact: only the position weight (2 of 92) is left to gain. */
const SURE_SCORE = 90 / 92;
/** Context shorter than this is too common to pin a place on its own. */
const MIN_CONTEXT = 8;
/** Prefix occurrences examined; a prefix repeated more often than this pins nothing. */
const MAX_PREFIX_HITS = 20;

/** The span between an exact prefix and suffix, scored like `matchQuote` with full context. */
function betweenContext(
  text: string,
  selector: QuoteSelector,
  maxErrors: number,
): QuoteMatch | null {
  const { exact, prefix, suffix } = selector;
  if (prefix.length < MIN_CONTEXT || suffix.length < MIN_CONTEXT) return null;
  let best: QuoteMatch | null = null;
  for (const p of occurrences(text, prefix, MAX_PREFIX_HITS)) {
    const start = p + prefix.length;
    const end = text.indexOf(suffix, start);
    if (end < 0 || end - start > exact.length + maxErrors || end === start) continue;
    const errors = editDistance(text.slice(start, end), exact);
    if (errors > maxErrors) continue;
    // Without a recorded position every candidate gets the same (no) position weight.
    const position =
      selector.start === undefined
        ? 0
        : Math.max(0, 1 - Math.abs(start - selector.start) / Math.max(1, text.length));
    const score = (50 * (1 - errors / exact.length) + 20 + 20 + 2 * position) / 92;
    if (!best || score > best.score) best = { start, end, score };
  }
  return best;
}

/**
 * Where `selector` sits in `text` now, or null. An unchanged position scores 1; otherwise the
 * better of `matchQuote`'s answer (with the old start as the position hint) and the text
 * between the unchanged context.
 */
export function anchorQuote(
  text: string,
  selector: QuoteSelector,
  options: MatchOptions = {},
): QuoteMatch | null {
  const { start, end } = selector;
  if (start !== undefined && end !== undefined && positionStillMatches(text, selector)) {
    return { start, end, score: 1 };
  }
  const maxErrors = Math.floor(options.maxErrors ?? Math.min(256, selector.exact.length / 2));
  const fuzzy = matchQuote(
    text,
    selector.exact,
    {
      prefix: selector.prefix,
      suffix: selector.suffix,
      ...(start === undefined ? {} : { hint: start }),
    },
    { maxErrors },
  );
  // Exact words with exact context already: the framed candidate could only tie.
  if (fuzzy && fuzzy.score >= SURE_SCORE) return fuzzy;
  const framed = betweenContext(text, selector, maxErrors);
  if (!framed) return fuzzy;
  return !fuzzy || framed.score > fuzzy.score ? framed : fuzzy;
}
