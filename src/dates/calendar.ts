/**
 * Calendar helpers shared by the fact base, sightings, cards, the journal and the timeline:
 * one definition of a valid partial ISO date and one list of month names, so every view
 * writes and checks dates the same way. Pure: no DOM, no extension API.
 */

const DATE_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `date` is YYYY, YYYY-MM or YYYY-MM-DD and names a real month or calendar day. */
export function isCalendarDate(date: string): boolean {
  const m = DATE_FORM.exec(date);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
}

/** English month names, January first, for labels that spell the month out. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Three-letter English month abbreviations ("Mar 2017"), for compact dates. */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3));
