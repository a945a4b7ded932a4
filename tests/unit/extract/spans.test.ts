import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatching } from '@/src/extract/candidate';
import { extractCandidates } from '@/src/extract/index';

const TOKENS = [
  'about 200 workers',
  '２００人',
  '200여 명',
  'около 200 человек',
  'Пхёнан-Намдо',
  'P’yŏngyang',
  '3月16日',
  '지난 16일',
  '9 марта',
  'on March 9',
  'via China',
  '러시아로',
  'Dandong',
  '丹東',
  ' ',
  ', ',
  '😀',
  'x',
];

describe('extractCandidates spans', () => {
  it('always point at the exact words in the original quote', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 20 }), (tokens) => {
        const quote = tokens.join('');
        expect(foldForMatching(quote)).toHaveLength(quote.length);
        const all = Object.values(extractCandidates(quote, { referenceDate: '2017-03-22' })).flat();
        for (const c of all) expect(quote.slice(c.start, c.end)).toBe(c.text);
      }),
      { numRuns: 300 },
    );
  });
});
