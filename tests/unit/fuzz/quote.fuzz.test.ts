/**
 * Fuzzing quote re-anchoring (finding a recorded quote again on a page that changed): for any
 * page text and any quote taken from it, the quote is found where it was while the page is
 * unchanged, and still found, with its exact words, after edits elsewhere on the page; for
 * selectors that make no sense (a page's text is not under our control, and a stored record may
 * be damaged) it never throws and never answers outside the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '@/src/quote/anchor';
import { quoteSelectorFor } from '@/src/quote/selectors';
import { hostileText } from './inputs';
import { fuzzRuns } from './runs';

/** Page text with a span in it that has a visible character. */
const pageAndSpan = hostileText(50)
  .filter((text) => /\S/.test(text))
  .chain((text) =>
    fc
      .tuple(fc.nat(text.length), fc.nat(text.length))
      .filter(([a, b]) => a !== b && /\S/.test(text.slice(Math.min(a, b), Math.max(a, b))))
      .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) })),
  );

describe('quote re-anchoring under fuzzing', () => {
  it('finds an unchanged quote at its recorded place', () => {
    fc.assert(
      fc.property(pageAndSpan, ({ text, start, end }) => {
        const selector = quoteSelectorFor(text, start, end);
        const match = anchorQuote(text, selector);
        expect(match).toEqual({ start: selector.start, end: selector.end, score: 1 });
      }),
      fuzzRuns(80),
    );
  });

  it('still finds the exact words after text is inserted before and after the quote', () => {
    fc.assert(
      fc.property(
        pageAndSpan,
        hostileText(6),
        hostileText(6),
        ({ text, start, end }, before, after) => {
          const selector = quoteSelectorFor(text, start, end);
          // Edits away from the quote and its context, so that what was recorded is still there.
          const head = Math.max(0, selector.start - selector.prefix.length);
          const tail = selector.end + selector.suffix.length;
          const edited = `${before}${text.slice(0, head)}${text.slice(head, tail)}${text.slice(tail)}${after}`;
          const match = anchorQuote(edited, selector);
          expect(match).not.toBeNull();
          expect(edited.slice(match?.start, match?.end)).toBe(selector.exact);
        },
      ),
      fuzzRuns(80),
    );
  });

  it('never throws on nonsense selectors and answers only with spans of the text', () => {
    const selector = fc.record({
      exact: hostileText(8).filter((s) => s.length > 0),
      prefix: hostileText(4),
      suffix: hostileText(4),
      start: fc.integer({ min: -10, max: 10_000 }),
      end: fc.integer({ min: -10, max: 10_000 }),
    });
    fc.assert(
      fc.property(hostileText(50), selector, (text, s) => {
        const match = anchorQuote(text, s);
        if (!match) return;
        expect(match.start).toBeGreaterThanOrEqual(0);
        expect(match.end).toBeLessThanOrEqual(text.length);
        expect(match.end).toBeGreaterThanOrEqual(match.start);
        expect(match.score).toBeGreaterThan(0);
        expect(match.score).toBeLessThanOrEqual(1);
      }),
      fuzzRuns(80),
    );
  });
});
