/**
 * Fuzzing date and head-count extraction (the suggestions the report form offers for a quote):
 * never a throw, every suggestion names the words it came from, dates are real calendar dates
 * at their precision, counts are whole non-negative numbers with ranges in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCounts, extractDates } from '@/src/extract';
import { hostileText, pageDate } from './inputs';
import { fuzzRuns } from './runs';

/**
 * True for a real date written at `precision` (no 30 February, no month 13); an approximate
 * date may be written at any of the three.
 */
function realDate(date: string, precision: string): boolean {
  if (precision === 'approximate')
    return ['day', 'month', 'year'].some((form) => realDate(date, form));
  if (precision === 'year') return /^\d{4}$/.test(date);
  if (precision === 'month') return /^\d{4}-(0[1-9]|1[0-2])$/.test(date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

describe('extraction under fuzzing', () => {
  it('suggests only real dates, each with the words of the quote it came from', () => {
    fc.assert(
      fc.property(hostileText(30), pageDate, (quote, date) => {
        for (const c of extractDates(quote, date)) {
          expect(quote.slice(c.start, c.end)).toBe(c.text);
          expect(c.end).toBeGreaterThan(c.start);
          expect(['day', 'month', 'year', 'approximate']).toContain(c.value.precision);
          expect(realDate(c.value.date, c.value.precision), `${c.value.date} (${c.text})`).toBe(
            true,
          );
        }
      }),
      fuzzRuns(100),
    );
  });

  it('suggests only whole, non-negative head-counts, ranges in order', () => {
    const whole = (n: number | undefined) => n === undefined || (Number.isSafeInteger(n) && n >= 0);
    fc.assert(
      fc.property(hostileText(30), (quote) => {
        for (const c of extractCounts(quote)) {
          expect(quote.slice(c.start, c.end)).toBe(c.text);
          const { kind, value, min, max } = c.value;
          expect(['exact', 'approximate', 'range', 'at-least', 'at-most', 'unknown']).toContain(
            kind,
          );
          expect(whole(value) && whole(min) && whole(max), JSON.stringify(c.value)).toBe(true);
          if (min !== undefined && max !== undefined) expect(min).toBeLessThanOrEqual(max);
        }
      }),
      fuzzRuns(100),
    );
  });
});
