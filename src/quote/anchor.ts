/**
 * Finding a stored quote again, in the order Hypothesis's `anchoring/html.ts` tries: the stored
 * position first (free when the page is unchanged), then the quote with its context, fuzzily.
 */
import type { QuoteSelector } from '../sightings/model';
import { type MatchOptions, matchQuote, type QuoteMatch } from './match-quote';
import { positionStillMatches } from './selectors';

/**
 * Where `selector` sits in `text` now, or null. An unchanged position scores 1; otherwise the
 * score is `matchQuote`'s, with the old start as the position hint.
 */
export function anchorQuote(
  text: string,
  selector: QuoteSelector,
  options: MatchOptions = {},
): QuoteMatch | null {
  if (positionStillMatches(text, selector)) {
    return { start: selector.start, end: selector.end, score: 1 };
  }
  return matchQuote(
    text,
    selector.exact,
    { prefix: selector.prefix, suffix: selector.suffix, hint: selector.start },
    options,
  );
}
