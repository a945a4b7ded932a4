/**
 * How record values read in the form and the journal: the words a monitor uses, not the
 * stored codes, so "about 200 · to Russia" instead of `approximate/200 · to-russia`.
 */
import type {
  Confidence,
  CountKind,
  Direction,
  HeadCount,
  ObservedDate,
  PageDateFrom,
  PageLang,
  Precision,
  YearFrom,
} from '@/src/sightings/model';
import { LANG_NAMES } from '@/src/vocabulary';
import { MONTH_NAMES } from '../dates/calendar';

/** How each direction reads in a list of choices. */
export const DIRECTION_LABELS: Record<Direction, string> = {
  'to-russia': 'To Russia',
  'from-russia': 'From Russia',
  'in-transit': 'In transit',
  unknown: 'Not stated',
};

/** How each kind of count reads. */
export const COUNT_KIND_LABELS: Record<CountKind, string> = {
  exact: 'An exact number',
  approximate: 'About, or at least',
  range: 'A range',
  unknown: 'Not stated',
};

/** How each date precision reads. */
export const PRECISION_LABELS: Record<Precision, string> = {
  day: 'Day',
  month: 'Month',
  year: 'Year',
  approximate: 'Approximate',
};

/** How each confidence reads (the fact base's labels, in words). */
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  'in-source': 'As the source says',
  confirmed: 'Confirmed by other sources',
  'single-source': 'Single source',
  unverified: 'Unverified',
};

const DIRECTION_PHRASES: Record<Direction, string> = {
  'to-russia': 'to Russia',
  'from-russia': 'from Russia',
  'in-transit': 'in transit',
  unknown: 'direction unknown',
};

/** "to Russia", "direction unknown": the direction as part of a sentence. */
export function directionLabel(direction: Direction): string {
  return DIRECTION_PHRASES[direction];
}

/** "about 200", "200–300", "200", or "count unknown". */
export function countLabel(count: HeadCount): string {
  if (count.kind === 'exact') return String(count.value);
  if (count.kind === 'range') return `${count.min}–${count.max}`;
  if (count.kind === 'approximate') {
    if (count.value !== undefined) return `about ${count.value}`;
    return count.max === undefined
      ? `at least ${count.min}`
      : `${count.min}–${count.max} (approx.)`;
  }
  return 'count unknown';
}

const MONTHS = MONTH_NAMES;

/** "9 March 2026", "March 2026", "2026": an ISO date (or `MM-DD`, `MM` without a year) in words. */
export function dateWords(date: string): string {
  const parts = date.split('-');
  const [year, month, day] = /^\d{4}$/.test(parts[0] ?? '') ? parts : [undefined, ...parts];
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : '', monthName ?? '', year ?? ''].filter(Boolean).join(' ');
}

/** "9 March 2026", "around March 2026", with "(year inferred)" when the year was not stated. */
export function observedLabel(observed: ObservedDate): string {
  const approx = observed.precision === 'approximate' ? 'around ' : '';
  return `${approx}${dateWords(observed.date)}${observed.inferredYear ? ' (year inferred)' : ''}`;
}

/** The language of a quote by name ("Korean"); "not recognised" for `und`. */
export function languageName(lang: PageLang): string {
  return lang === 'und' ? 'not recognised' : LANG_NAMES[lang];
}

/** Where a page's own date was read, as a journalist would say it. */
export const PAGE_DATE_FROM_WORDS: Record<PageDateFrom, string> = {
  meta: 'its published time',
  'json-ld': 'its published time',
  time: 'the date printed on it',
  url: 'its address',
  dateline: 'its dateline',
  'text-year': 'the latest year its text mentions',
};

/** "the page's date (its published time, 21 March 2017)": where an inferred year came from. */
export function yearFromLabel(from: YearFrom, pageDateFrom?: PageDateFrom): string {
  const when = dateWords(from.date);
  if (from.source === 'page-date') {
    return pageDateFrom
      ? `the page's date (${PAGE_DATE_FROM_WORDS[pageDateFrom]}, ${when})`
      : `the page's date (${when})`;
  }
  if (from.source === 'fact-date') return `the date of the card's fact (${when})`;
  return `the day it was recorded (${when}); check it against the source`;
}
