import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approxSearch } from '@/src/quote/approx-search';
import { createPageIndex } from '@/src/quote/page-index';

describe('createPageIndex', () => {
  it('rules out quotes that share no piece with the page', () => {
    const index = createPageIndex('Completely unrelated text about weather and sport.'.repeat(50));
    expect(index.mayContain('another 200 workers arrived in Dandong', 4)).toBe(false);
    expect(index.mayContain('unrelated text about weather', 3)).toBe(true);
  });

  it('cannot tell when pieces are shorter than four characters', () => {
    expect(createPageIndex('abc').mayContain('xyzxyzxyz', 4)).toBe(true);
  });

  it('never rules out a quote that is on the page within the error bound', () => {
    const word = fc.constantFrom('workers', 'Dandong', '노동자', '丹东', 'рабочие', 'via', ' ');
    const textArb = fc.array(word, { minLength: 5, maxLength: 80 }).map((w) => w.join(''));
    fc.assert(
      fc.property(textArb, textArb, fc.nat(6), (text, quote, k) => {
        if (approxSearch(text, quote, k).length > 0) {
          expect(createPageIndex(text).mayContain(quote, k)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
