import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approxSearch, findMatchEnds } from '@/src/quote/approx-search';

/** Textbook dynamic programme: the fewest edits of `pattern` ending at each text offset. */
function oracleEnds(text: string, pattern: string): number[] {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const best: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const row = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      row.push(Math.min((prev[i - 1] ?? 0) + cost, (prev[i] ?? 0) + 1, (row[i - 1] ?? 0) + 1));
    }
    best.push(row[pattern.length] ?? 0);
    prev = row;
  }
  return best;
}

describe('findMatchEnds', () => {
  it('finds exact and one-edit matches', () => {
    expect(findMatchEnds('the workers left', 'workers', 0)).toEqual([{ end: 11, errors: 0 }]);
    expect(findMatchEnds('the wrokers left', 'workers', 3)[0]?.errors).toBe(2);
    expect(findMatchEnds('abc', 'xyz', 1)).toEqual([]);
  });

  it('agrees with the dynamic programme for short and multi-block patterns', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '단', '둥');
    const str = (min: number, max: number) =>
      fc.array(alphabet, { minLength: min, maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(str(0, 120), str(1, 80), fc.nat(40), (text, pattern, k) => {
        const oracle = oracleEnds(text, pattern);
        const best = Math.min(...oracle, Number.POSITIVE_INFINITY);
        const expected =
          best <= Math.min(k, pattern.length)
            ? oracle.flatMap((e, i) => (e === best ? [{ end: i + 1, errors: e }] : []))
            : [];
        expect(findMatchEnds(text, pattern, k)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
  it('agrees with the dynamic programme when a lightly edited copy is planted in the text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd', '단');
    const str = (min: number, max: number) =>
      fc.array(alphabet, { minLength: min, maxLength: max }).map((a) => a.join(''));
    const edits = fc.array(fc.tuple(fc.nat(), alphabet), { maxLength: 6 });
    fc.assert(
      fc.property(str(0, 150), str(33, 200), str(0, 150), edits, fc.nat(12), (a, p, b, ed, k) => {
        let copy = p;
        for (const [at, ch] of ed) {
          const i = at % copy.length;
          copy = copy.slice(0, i) + ch + copy.slice(i + 1);
        }
        const text = a + copy + b;
        const oracle = oracleEnds(text, p);
        const best = Math.min(...oracle);
        const expected =
          best <= k
            ? oracle.flatMap((e, i) => (e === best ? [{ end: i + 1, errors: e }] : []))
            : [];
        expect(findMatchEnds(text, p, k)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('approxSearch', () => {
  it('returns the span of the best match, including its start', () => {
    const text = 'About 200 men from Pyongyang arrived at the inns.';
    const [match] = approxSearch(text, '200 men from Pyongyan', 2);
    expect(match).toMatchObject({ start: 6, errors: 0 });
    const [edited] = approxSearch(text, 'some 200 man from Pyongyang', 6);
    expect(edited?.end).toBe(28);
    expect(edited?.errors).toBeGreaterThan(0);
  });
});
