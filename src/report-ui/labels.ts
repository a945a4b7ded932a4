/**
 * How record values read in the form and the journal: the words a monitor uses, not the
 * stored codes, so "about 200 · to Russia" instead of `approximate/200 · to-russia`.
 */
import type { Direction, HeadCount, ObservedDate } from '@/src/sightings/model';
import { MONTH_NAMES } from '../dates/calendar';

/** Labels of the choice fields. */
export const CHOICE_LABELS: Record<string, string> = {
  'to-russia': 'To Russia',
  'from-russia': 'From Russia',
  'in-transit': 'In transit',
  unknown: 'Unknown',
  exact: 'Exact',
  approximate: 'Approximate',
  range: 'Range',
  day: 'Day',
  month: 'Month',
  year: 'Year',
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

/** "9 March 2026", "March 2026", "2026", with "(year inferred)" when the year was guessed. */
export function observedLabel(observed: ObservedDate): string {
  const [year, month, day] = observed.date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  const text = [day ? String(Number(day)) : '', monthName ?? '', year ?? '']
    .filter(Boolean)
    .join(' ');
  const approx = observed.precision === 'approximate' ? 'around ' : '';
  return `${approx}${text}${observed.inferredYear ? ' (year inferred)' : ''}`;
}
