/**
 * Renders a fact's dates as precisely as the sources give them and no more precisely:
 * "17 Mar 2017", "Mar 2017", "2017", "c. 2007", and spans such as "9–16 Mar 2017"; in the
 * other languages through `Intl` ("2017년 3월 17일", "17 марта 2017 г.", "2017年3月"). Pure.
 * A date's label ("summit") is shown in the card's language: the card texts translate it.
 */
import type { FuzzyDate, Precision } from '@/src/facts/schema';
import { translate } from '@/src/i18n/translate';
import type { Lang } from '@/src/vocabulary';
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

/** How many parts `date` (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) gives. */
function shownPrecision(date: string): 'day' | 'month' | 'year' {
  const n = date.split('-').length;
  return n === 3 ? 'day' : n === 2 ? 'month' : 'year';
}

const intlFormats = new Map<string, Intl.DateTimeFormat>();

/** The `Intl` format of `lang` for dates shown to `precision`. */
function intlFormat(lang: Lang, precision: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = intlFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision === 'year' ? {} : { month: 'long' as const }),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    intlFormats.set(key, format);
  }
  return format;
}

function utc(date: string): Date {
  const [y = '1970', m = '1', d = '1'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** One date point at its precision; `approximate` gets "c." before whatever form it has. */
export function formatDatePoint(date: string, precision: Precision, lang: Lang = 'en'): string {
  let shown: string;
  if (lang === 'en') {
    const p = parts(date);
    shown = [p.day, p.month, p.year].filter((x) => x !== undefined).join(' ');
  } else {
    shown = intlFormat(lang, shownPrecision(date)).format(utc(date));
  }
  return precision === 'approximate' ? translate(lang, 'date.approx', { date: shown }) : shown;
}

/**
 * A fuzzy date, range or single point, with its label in brackets when there is one (the
 * label as the date carries it: a card in another language has it translated).
 */
export function formatFuzzyDate(d: FuzzyDate, lang: Lang = 'en'): string {
  const text = d.end
    ? formatSpan(d.date, d.precision, d.end.date, d.end.precision, lang)
    : formatDatePoint(d.date, d.precision, lang);
  return d.label ? translate(lang, 'date.withLabel', { date: text, label: d.label }) : text;
}

function formatSpan(
  start: string,
  sp: Precision,
  end: string,
  ep: Precision,
  lang: Lang = 'en',
): string {
  if (lang !== 'en') {
    const exact = sp !== 'approximate' && ep !== 'approximate';
    const precision = shownPrecision(start);
    if (exact && precision === shownPrecision(end)) {
      const range = intlFormat(lang, precision).formatRange(utc(start), utc(end));
      // Some locales' range patterns fall back to numeric dates ("2017/3/9 – 2017/3/16").
      if (!range.includes('/')) return range;
    }
    return `${formatDatePoint(start, sp, lang)} – ${formatDatePoint(end, ep, lang)}`;
  }
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
export function compactDate(d: FuzzyDate, lang: Lang = 'en'): string {
  if (!d.end) return formatDatePoint(d.date, d.precision, lang);
  const approximate = d.precision === 'approximate' || d.end.precision === 'approximate';
  if (!approximate) return formatFuzzyDate({ ...d, label: undefined }, lang);
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
    lang,
  );
  return translate(lang, 'date.approx', { date: plain });
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
