/**
 * Plain-text citations of a fact's main source, for pasting into an article, a report or a
 * notebook: publication, title, date as precisely as the source gives it, URL, and the date
 * it was accessed. Pure, so the popup and the tests format identically.
 */
import type { FuzzyDate, Source } from '@/src/facts/schema';

const MONTHS = [
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
];

/** A YYYY, YYYY-MM or YYYY-MM-DD string in words: "22 March 2017", "March 2017", "2017". */
function datePointText(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/**
 * A fuzzy date in words, never more precise than its source: "c. 2007" for an approximate
 * year, "21 March 2017 – 23 March 2017" for a span.
 */
export function formatFuzzyDate(date: FuzzyDate): string {
  const start = datePointText(date.date);
  const span = date.end ? `${start} – ${datePointText(date.end.date)}` : start;
  return date.precision === 'approximate' ? `c. ${span}` : span;
}

/** Today's date as YYYY-MM-DD in UTC. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The citation of `source`. The access date is the one the fact base recorded when the source
 * was checked; without one it is `today`, the day the reader takes the citation.
 *
 * Example: `Daily NK. "Hundreds of North Korean workers …" 22 March 2017.
 * https://www.dailynk.com/… (accessed 20 November 2026).`
 */
export function formatCitation(source: Source, today: Date): string {
  const title = source.title.replace(/[.。]$/, '');
  const accessed = datePointText(source.accessed ?? isoDay(today));
  return (
    `${source.publication}. "${title}." ${formatFuzzyDate(source.date)}. ` +
    `${source.url} (accessed ${accessed}).`
  );
}
