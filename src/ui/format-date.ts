/**
 * Renders a fact's dates as precisely as the sources give them and no more precisely:
 * "17 Mar 2017", "Mar 2017", "2017", "c. 2007", and spans such as "9–16 Mar 2017".
 * Pure string code; months in English to match the cards' language.
 */
import type { FuzzyDate, Precision } from '@/src/facts/schema';
import { MONTH_ABBREVIATIONS } from '../dates/calendar';

const MONTHS = MONTH_ABBREVIATIONS;

interface Parts {
  year: string;
  month?: string;
  day?: string;
}

function parts(date: string): Parts {
  const [year = date, month, day] = date.split('-');
  return {
    year,
    month: month === undefined ? undefined : MONTHS[Number(month) - 1],
    day: day === undefined ? undefined : String(Number(day)),
  };
}

/** One date point at its precision; `approximate` gets "c." before whatever form it has. */
export function formatDatePoint(date: string, precision: Precision): string {
  const p = parts(date);
  const shown = [p.day, p.month, p.year].filter((x) => x !== undefined).join(' ');
  return precision === 'approximate' ? `c. ${shown}` : shown;
}

/** A fuzzy date, range or single point, with its label in brackets when there is one. */
export function formatFuzzyDate(d: FuzzyDate): string {
  const text = d.end
    ? formatSpan(d.date, d.precision, d.end.date, d.end.precision)
    : formatDatePoint(d.date, d.precision);
  return d.label ? `${text} (${d.label})` : text;
}

function formatSpan(start: string, sp: Precision, end: string, ep: Precision): string {
  const a = parts(start);
  const b = parts(end);
  const exact = sp !== 'approximate' && ep !== 'approximate';
  if (exact && a.year === b.year && sp === ep) {
    if (sp === 'day' && a.month === b.month) return `${a.day}–${b.day} ${a.month} ${a.year}`;
    if (sp === 'day') return `${a.day} ${a.month} – ${b.day} ${b.month} ${a.year}`;
    if (sp === 'month') return `${a.month}–${b.month} ${a.year}`;
  }
  return `${formatDatePoint(start, sp)} – ${formatDatePoint(end, ep)}`;
}

/** The machine-readable value for `<time datetime>`: the start date as given. */
export function dateTimeAttribute(d: FuzzyDate): string {
  return d.date;
}
