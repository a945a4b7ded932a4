/**
 * Calendar arithmetic for extracted dates: completing "March 9" or "the 16th" with the year and
 * month of the page's own date. News reports past events, so the completed date is the latest
 * one not after the page date ("9 December" on a page of 5 January is last year's).
 */
import type { ObservedDate } from '../sightings/model';

/** The date a page was published (or captured), as far as it is known. */
export interface ReferenceDate {
  year: number;
  month?: number;
  day?: number;
}

/** Earliest year taken as a page's date: older ones are no news article's (and could not be
 * completed into four-digit years). */
const MIN_REFERENCE_YEAR = 1900;

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a longer ISO string is cut to its date part). The
 * date comes from the page's own markup, so anything that is not a real date from 1900 on
 * (`0000-00-00`, month 13, 30 February) counts as no date at all.
 */
export function parseReferenceDate(iso: string | undefined): ReferenceDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return undefined;
  const ref: ReferenceDate = { year: Number(m[1]) };
  if (ref.year < MIN_REFERENCE_YEAR) return undefined;
  if (m[2] !== undefined) ref.month = Number(m[2]);
  if (m[3] !== undefined) ref.day = Number(m[3]);
  if (ref.month !== undefined && (ref.month < 1 || ref.month > 12)) return undefined;
  if (ref.day !== undefined && (ref.day < 1 || ref.day > daysInMonth(ref.year, ref.month ?? 1)))
    return undefined;
  return ref;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day-precision date, or null when the day does not exist in that month. */
export function dayDate(
  year: number,
  month: number,
  day: number,
  inferredYear: boolean,
): ObservedDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return inferredYear ? { date, precision: 'day', inferredYear } : { date, precision: 'day' };
}

/** A month-precision date, or null for a month outside 1–12. */
export function monthDate(year: number, month: number, inferredYear: boolean): ObservedDate | null {
  if (month < 1 || month > 12) return null;
  const date = `${year}-${pad(month)}`;
  return inferredYear ? { date, precision: 'month', inferredYear } : { date, precision: 'month' };
}

/** The year for a month (and day) named without one: the page's year, or the year before. */
export function inferYear(ref: ReferenceDate, month: number, day = 1): number {
  if (ref.month === undefined) return ref.year;
  const later =
    month > ref.month || (month === ref.month && ref.day !== undefined && day > ref.day);
  return later ? ref.year - 1 : ref.year;
}

/** "On the 16th": the page's month, or the month before when the day is still to come. */
export function inferDayOnly(ref: ReferenceDate, day: number): ObservedDate | null {
  if (ref.month === undefined) return null;
  let { year, month } = { year: ref.year, month: ref.month };
  if (ref.day !== undefined && day > ref.day) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return dayDate(year, month, day, true);
}

/** A date some days before the reference ("last week", "yesterday"), marked approximate. */
export function daysBefore(ref: ReferenceDate, days: number): ObservedDate | null {
  if (ref.month === undefined || ref.day === undefined) return null;
  const t = new Date(Date.UTC(ref.year, ref.month - 1, ref.day - days));
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  return { date, precision: 'approximate', inferredYear: true };
}

/** The month some months before the reference ("last month"), marked approximate. */
export function monthsBefore(ref: ReferenceDate, months: number): ObservedDate | null {
  if (ref.month === undefined) return null;
  const index = ref.year * 12 + (ref.month - 1) - months;
  const date = `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  return { date, precision: 'approximate', inferredYear: true };
}

/** The year some years before the reference ("last year"), marked approximate. */
export function yearsBefore(ref: ReferenceDate, years: number): ObservedDate {
  return { date: String(ref.year - years), precision: 'approximate', inferredYear: true };
}

/** "지난달 16일", "先月16日": a day of the month before the reference month. */
export function dayOfPreviousMonth(ref: ReferenceDate, day: number): ObservedDate | null {
  if (ref.month === undefined) return null;
  const month = ref.month === 1 ? 12 : ref.month - 1;
  const year = ref.month === 1 ? ref.year - 1 : ref.year;
  return dayDate(year, month, day, true);
}
