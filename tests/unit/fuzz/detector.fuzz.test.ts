/**
 * Fuzzing the detector with hostile page text and the zones a content script sends (which the
 * background checks only for shape, not order or bounds): it never throws, and everything it
 * reports points into the text it was given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, detectChunks } from '@/src/detect';
import type { Sensitivity, Zone } from '@/src/detect/types';
import { hostileText } from './inputs';
import { fuzzRuns } from './runs';

const zone = fc
  .tuple(fc.nat(5000), fc.nat(5000))
  .map(([start, end]): Zone => ({ start, end, kind: 'boilerplate' }));
const sensitivity = fc.constantFrom<Sensitivity>('low', 'normal', 'high');

describe('detector under fuzzing', () => {
  it('never throws; matches and evidence lie in the text, in order, and name what they cover', () => {
    fc.assert(
      fc.property(
        hostileText(60),
        fc.array(zone, { maxLength: 6 }),
        sensitivity,
        (text, zones, s) => {
          const d = detect({ text, zones }, { sensitivity: s });
          expect(Number.isFinite(d.score)).toBe(true);
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThan(1);
          let last = -1;
          for (const m of d.matches) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.start;
          }
          for (const e of d.evidence) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(e.end).toBeGreaterThan(e.start);
          }
          if (!d.relevant) expect(d.matches).toEqual([]);
        },
      ),
      fuzzRuns(60),
    );
  });

  it('gives the same verdict and offsets for the text in any number of pieces', () => {
    fc.assert(
      fc.property(hostileText(40), fc.array(fc.nat(400), { maxLength: 5 }), (text, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
        const whole = detect(text);
        const parts = detectChunks(pieces, []);
        expect(parts.relevant).toBe(whole.relevant);
        expect(parts.score).toBe(whole.score);
        expect(parts.matches).toEqual(whole.matches);
      }),
      fuzzRuns(40),
    );
  });
});
