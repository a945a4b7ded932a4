import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '@/src/quote/anchor';
import { approxSearch } from '@/src/quote/approx-search';
import { matchQuote } from '@/src/quote/match-quote';
import { quoteSelectorFor } from '@/src/quote/selectors';

const PAGE =
  'On March 9 hundreds of workers arrived in Dandong and stayed about a week. ' +
  'On March 16 another 200 workers arrived in Dandong, the source said. ' +
  'The workers go by train via Harbin to inland Russia.';

describe('matchQuote', () => {
  it('finds an exact quote with full score when context and position agree', () => {
    const start = PAGE.indexOf('another 200');
    const q = quoteSelectorFor(PAGE, start, start + 'another 200 workers'.length);
    const m = matchQuote(PAGE, q.exact, { prefix: q.prefix, suffix: q.suffix, hint: q.start });
    expect(m).toEqual({ start, end: q.end, score: 1 });
  });

  it('lets the context pick between repeated occurrences', () => {
    const second = PAGE.indexOf('arrived in Dandong', 30);
    const q = quoteSelectorFor(PAGE, second, second + 'arrived in Dandong'.length);
    const m = matchQuote(PAGE, q.exact, { prefix: q.prefix, suffix: q.suffix });
    expect(m?.start).toBe(second);
    const noContext = matchQuote(PAGE, q.exact);
    expect(noContext?.start).toBe(PAGE.indexOf('arrived in Dandong'));
  });

  it('re-anchors a quote after the page was edited', () => {
    const start = PAGE.indexOf('another 200');
    const q = quoteSelectorFor(
      PAGE,
      start,
      start + 'another 200 workers arrived in Dandong'.length,
    );
    const edited = `Breaking update. ${PAGE.replace('another 200 workers', 'another 220 laborers')}`;
    const m = matchQuote(edited, q.exact, { prefix: q.prefix, suffix: q.suffix, hint: q.start });
    expect(m).not.toBeNull();
    expect(edited.slice(m?.start, m?.end)).toBe('another 220 laborers arrived in Dandong');
    expect(m?.score).toBeGreaterThan(0.8);
    expect(m?.score).toBeLessThan(1);
  });

  it('returns null when nothing is within the error bound', () => {
    expect(matchQuote(PAGE, 'completely unrelated words here')).toBeNull();
    expect(matchQuote(PAGE, '')).toBeNull();
    expect(matchQuote(PAGE, 'another 220 laborers', {}, { maxErrors: 1 })).toBeNull();
  });

  it('gives a best-error span of a full scan (window and hint shortcuts lose nothing)', () => {
    const word = fc.constantFrom('workers', 'Dandong', 'arrived', '200', 'train', 'via', 'the');
    const textArb = fc.array(word, { minLength: 5, maxLength: 60 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.integer({ min: 8, max: 40 }),
        fc.nat(8),
        fc.option(fc.nat()),
        (text, at, len, k, hint) => {
          const start = at % Math.max(1, text.length - len);
          const quote = `${text.slice(start, start + len)}x`.trim();
          const full = approxSearch(text, quote, k);
          const context = hint === null ? {} : { hint: hint % (text.length + 1) };
          const m = matchQuote(text, quote, context, { maxErrors: k });
          if (full.length === 0) {
            expect(m).toBeNull();
            return;
          }
          expect(m).not.toBeNull();
          const bestErrors = full[0]?.errors ?? 0;
          const got = approxSearch(text.slice(m?.start, m?.end), quote, quote.length)[0];
          expect(got?.errors).toBeLessThanOrEqual(bestErrors);
          expect(full.some((f) => f.end === m?.end)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('anchorQuote', () => {
  it('uses the stored position when the text is unchanged', () => {
    const q = quoteSelectorFor(PAGE, 10, 30);
    expect(anchorQuote(PAGE, q)).toEqual({ start: q.start, end: q.end, score: 1 });
  });

  it('falls back to the quote when the text moved', () => {
    const q = quoteSelectorFor(PAGE, PAGE.indexOf('via Harbin'), PAGE.indexOf('via Harbin') + 10);
    const moved = `Prepended paragraph about something else entirely. ${PAGE}`;
    const m = anchorQuote(moved, q);
    expect(moved.slice(m?.start, m?.end)).toBe('via Harbin');
    expect(m?.score).toBeGreaterThan(0.97);
  });

  it('finds edited words between their unchanged context even when a closer copy exists elsewhere', () => {
    const original =
      'Intro paragraph with several words. Border guards said that the 200 workers arrived by train ' +
      'at the station on Thursday night, officials added. Later: the 200 workers arrived by bus.';
    const at = original.indexOf('the 200 workers arrived by train');
    const q = quoteSelectorFor(original, at, at + 'the 200 workers arrived by train'.length);
    const edited = original.replace(
      'the 200 workers arrived by train',
      'the 250 laborers came by train',
    );
    const m = anchorQuote(edited, q);
    expect(edited.slice(m?.start, m?.end)).toBe('the 250 laborers came by train');
  });

  it('finds any selection again after text is inserted before it', () => {
    const word = fc.constantFrom('workers ', 'Dandong ', '노동자 ', '丹东', 'рабочие ', '. ', '😀');
    const textArb = fc.array(word, { minLength: 3, maxLength: 60 }).map((w) => w.join(''));
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.integer({ min: 1, max: 40 }),
        textArb,
        (text, a, len, inserted) => {
          const start = a % text.length;
          const end = Math.min(text.length, start + len);
          if (!text.slice(start, end).trim()) return;
          const q = quoteSelectorFor(text, start, end);
          const moved = inserted + text;
          const m = anchorQuote(moved, q);
          expect(m).not.toBeNull();
          expect(moved.slice(m?.start, m?.end)).toBe(q.exact);
        },
      ),
      { numRuns: 300 },
    );
  });
});
