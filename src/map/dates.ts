/**
 * Fuzzy dates as intervals on a day axis, so a timeline can draw each date with the width its
 * precision earns: a day is a point, a month or a year a band covering all of it, an
 * approximate date a span that fades out by one unit of its form on either side.
 */
import type { Precision } from '@/src/facts/schema';

/** How an event is drawn. */
export type EventShape = 'point' | 'band' | 'fuzzy';

/** A date's extent in days since 1970-01-01 (UTC); `core` is the stated part of a fuzzy span. */
export interface DayInterval {
  start: number;
  end: number;
  core: [number, number];
  shape: EventShape;
}

/** A date with its precision, optionally a range (the fact base's `FuzzyDate` fits). */
export interface DatedValue {
  date: string;
  precision: Precision;
  end?: { date: string; precision: Precision };
}

const DAY_MS = 86_400_000;

/** Day number of a UTC calendar date. */
export function dayNumber(year: number, month = 1, day = 1): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

function fields(date: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, m, d];
}

/** The days a written date covers: all of its day, month or year. */
export function formInterval(date: string): [number, number] {
  const [y, m, d] = fields(date);
  if (m === undefined) return [dayNumber(y), dayNumber(y + 1)];
  if (d === undefined) return [dayNumber(y, m), dayNumber(y, m + 1)];
  return [dayNumber(y, m, d), dayNumber(y, m, d + 1)];
}

/** One unit of a date's form either side: a year for YYYY, a month for YYYY-MM, 3 days else. */
function fuzz(date: string): number {
  const parts = date.split('-').length;
  return parts === 1 ? 365 : parts === 2 ? 30 : 3;
}

/** The interval and shape of a (possibly ranged, possibly approximate) date. */
export function dateInterval(d: DatedValue): DayInterval {
  const first = formInterval(d.date);
  const last = d.end ? formInterval(d.end.date) : first;
  const core: [number, number] = [first[0], last[1]];
  const fuzzy = d.precision === 'approximate' || d.end?.precision === 'approximate';
  if (fuzzy) {
    return {
      start: core[0] - fuzz(d.date),
      end: core[1] + fuzz(d.end?.date ?? d.date),
      core,
      shape: 'fuzzy',
    };
  }
  const shape = !d.end && d.precision === 'day' ? 'point' : 'band';
  return { start: core[0], end: shape === 'point' ? core[0] : core[1], core, shape };
}
