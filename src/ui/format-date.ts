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

/**
 * A date for a compact line (a card's source, an attribution): no label, one "c." for an
 * approximate span ("c. 21–23 Mar 2017" rather than "c. 21 Mar 2017 – c. 23 Mar 2017").
 */
export function compactDate(d: FuzzyDate): string {
  if (!d.end) return formatDatePoint(d.date, d.precision);
  const approximate = d.precision === 'approximate' || d.end.precision === 'approximate';
  if (!approximate) return formatFuzzyDate({ ...d, label: undefined });
  const exact = (p: Precision, date: string): Precision => {
    if (p !== 'approximate') return p;
    const n = date.split('-').length;
    return n === 3 ? 'day' : n === 2 ? 'month' : 'year';
  };
  const plain = formatSpan(
    d.date,
    exact(d.precision, d.date),
    d.end.date,
    exact(d.end.precision, d.end.date),
  );
  return `c. ${plain}`;
}

const TERMINAL = /[.!?…。！？」』"”')）\]]$/u;

/**
 * A field's text as one sentence on a card: trailing spaces and repeated full stops trimmed, a
 * full stop added where the text ends without closing punctuation. Data files may or may not end
 * a field with a full stop; cards never show "..".
 */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/(?<!\.)\.{2}$/u, '.');
  return trimmed === '' || TERMINAL.test(trimmed) ? trimmed : `${trimmed}.`;
}
