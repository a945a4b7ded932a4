import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, detectChunks, fold, quickGate } from '@/src/detect';

/** Text built from lexicon-like fragments, separators and arbitrary Unicode. */
const fragments = [
  'North Korean workers',
  'DPRK',
  "Workers' Party",
  'sent abroad',
  'Russia',
  'Khasan',
  'Rajin-Sonbong',
  '북한 노동자들이',
  '단둥에서',
  '러시아 파견',
  '조선족',
  '노동당',
  'рабочие из КНДР',
  'Владивостоке',
  'Трудовой партии',
  '朝鲜劳工',
  '北韓勞工',
  '派往俄罗斯',
  '北朝鮮の労働者',
  '派遣社員',
  '外貨稼ぎ',
  'Ｎｏｒｔｈ Ｋｏｒｅａ',
  'é',
  '\u0301',
  "'",
  '’',
  ' ',
  '\n',
  '-',
  ',',
  '2397',
  'Chinese workers',
];
const pageText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...fragments),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ maxLength: 4 }),
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

describe('detector properties', () => {
  it('never throws and keeps its output well formed', () => {
    fc.assert(
      fc.property(fc.oneof(pageText, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const d = detect(text);
        expect(d.score).toBeGreaterThanOrEqual(0);
        expect(d.score).toBeLessThan(1);
        expect(typeof quickGate(text)).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it("names a fact phrase widened over the terms it overlaps by the page's own words", () => {
    // "Khasan–Rajin" (a fact's phrase) over "Khasan" and the place "Rajin-Sonbong": one mark,
    // found by the property below with one seed.
    const text = 'North Korean workers Khasan\nRajin-Sonbong';
    const mark = detect(text).matches.find((m) => m.start === text.indexOf('Khasan'));
    expect(mark?.term).toBe('Khasan Rajin-Sonbong');
    expect(mark && text.slice(mark.start, mark.end)).toBe('Khasan\nRajin-Sonbong');
    expect(mark?.factIds).toContain('route-khasan-rajin-link');
  });

  it('reports matches inside the text whose original slice normalises to the term', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        let last = -1;
        for (const m of detect(text).matches) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
          expect(fold(text.slice(m.start, m.end))).toBe(fold(m.term));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result however the text is chunked', () => {
    fc.assert(
      fc.property(pageText, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let from = 0;
        for (const p of points) {
          chunks.push(text.slice(from, p));
          from = p;
        }
        chunks.push(text.slice(from));
        expect(detectChunks(chunks)).toEqual(detect(text));
      }),
      { numRuns: 400 },
    );
  });

  it('quickGate never rejects a text the detector finds relevant', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        if (detect(text, { sensitivity: 'high' }).relevant) expect(quickGate(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
