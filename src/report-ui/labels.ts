/**
 * How record values read in the form and the journal: the words a monitor uses, not the
 * stored codes, so "about 200 · to Russia" instead of `approximate/200 · to-russia`, in the
 * interface language (English by default, which the Node tests rely on). Pure: the words come
 * from the catalogs, dates and numbers from `Intl`.
 */
import type { AnyMessageKey } from '@/src/i18n/page-translate';
import { pageTranslate as translate } from '@/src/i18n/page-translate';
import { formatNumber } from '@/src/i18n/translate';
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
import type { Lang } from '@/src/vocabulary';
import { MONTH_NAMES } from '../dates/calendar';

/** How a direction reads in a list of choices ("To Russia"). */
export function directionChoice(direction: Direction, lang: Lang = 'en'): string {
  return translate(lang, `report.direction.${direction}`);
}

/** How a kind of count reads in its select ("A range"). */
export function countKindChoice(kind: CountKind, lang: Lang = 'en'): string {
  return translate(lang, `report.countKind.${kind}`);
}

/** How a date precision reads in its select ("Month"). */
export function precisionChoice(precision: Precision, lang: Lang = 'en'): string {
  return translate(lang, `report.precision.${precision}`);
}

/** How a confidence reads (the fact base's labels, in words). */
export function confidenceChoice(confidence: Confidence, lang: Lang = 'en'): string {
  return translate(lang, `report.confidence.${confidence}`);
}

/** "to Russia", "direction unknown": the direction as part of a sentence. */
export function directionLabel(direction: Direction, lang: Lang = 'en'): string {
  return translate(lang, `report.directionPhrase.${direction}`);
}

/** "about 200", "200–300", "200", or "count unknown", digits as the language writes them. */
export function countLabel(count: HeadCount, lang: Lang = 'en'): string {
  const n = (value: number | undefined) => formatNumber(lang, value ?? 0);
  const range = `${n(count.min)}–${n(count.max)}`;
  if (count.kind === 'exact') return n(count.value);
  if (count.kind === 'range') return range;
  if (count.kind === 'approximate') {
    if (count.value !== undefined)
      return translate(lang, 'report.count.about', { n: n(count.value) });
    return count.max === undefined
      ? translate(lang, 'report.count.atLeast', { n: n(count.min) })
      : translate(lang, 'report.count.rangeApprox', { range });
  }
  return translate(lang, 'report.count.unknownCount');
}

const intlDates = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl` format of `lang` with the given parts, in UTC (stored dates have no zone). */
function intlDate(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = intlDates.get(key);
  if (!format) {
    // English dates read day first across the extension ("9 March 2026"), as in British usage.
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
      timeZone: 'UTC',
      ...options,
    });
    intlDates.set(key, format);
  }
  return format;
}

/**
 * "9 March 2026", "March 2026", "2026": an ISO date (or `MM-DD`, `MM` without a year) in words;
 * in the other languages as `Intl` writes it ("2026년 3월 9일", "9 марта 2026 г.").
 */
export function dateWords(date: string, lang: Lang = 'en'): string {
  const parts = date.split('-');
  const [year, month, day] = /^\d{4}$/.test(parts[0] ?? '') ? parts : [undefined, ...parts];
  if (lang === 'en') {
    const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
    return [day ? String(Number(day)) : '', monthName ?? '', year ?? ''].filter(Boolean).join(' ');
  }
  // A leap year stands in for a missing one, so "29 February" still has a day to name.
  const at = new Date(Date.UTC(Number(year ?? 2000), Number(month ?? 1) - 1, Number(day ?? 1)));
  return intlDate(lang, {
    ...(year ? { year: 'numeric' } : {}),
    ...(month ? { month: 'long' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  }).format(at);
}

/** "March 2026" for `2026-03`, "2026 (month unknown)" for `2026`: a journal month heading. */
export function monthHeading(key: string, lang: Lang = 'en'): string {
  if (/^\d{4}-\d{2}$/.test(key)) return dateWords(key, lang);
  return translate(lang, 'report.date.monthUnknown', { year: key });
}

/** "2017-03-21 10:05 UTC" as the language writes a date and time in UTC. */
export function utcTimeWords(iso: string, lang: Lang = 'en'): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return intlDate(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  })
    .format(at)
    .concat(' UTC');
}

/** "9 March 2026", "around March 2026", with "(year inferred)" when the year was not stated. */
export function observedLabel(observed: ObservedDate, lang: Lang = 'en'): string {
  const words = dateWords(observed.date, lang);
  const dated =
    observed.precision === 'approximate'
      ? translate(lang, 'report.date.around', { date: words })
      : words;
  return observed.inferredYear
    ? translate(lang, 'report.date.yearInferred', { date: dated })
    : dated;
}

/** The language of a quote by name, in the interface language; "not recognised" for `und`. */
export function languageName(pageLang: PageLang, lang: Lang = 'en'): string {
  if (pageLang === 'und') return translate(lang, 'report.langUnknown');
  return new Intl.DisplayNames([lang], { type: 'language' }).of(pageLang) ?? pageLang;
}

/** Where a page's own date was read, as a journalist would say it ("its dateline"). */
export function pageDateFromWords(from: PageDateFrom, lang: Lang = 'en'): string {
  return translate(lang, `report.pageDateFrom.${from}`);
}

/** "the page's date (its published time, 21 March 2017)": where an inferred year came from. */
export function yearFromLabel(
  from: YearFrom,
  pageDateFrom?: PageDateFrom,
  lang: Lang = 'en',
): string {
  const date = dateWords(from.date, lang);
  const key: AnyMessageKey =
    from.source === 'page-date'
      ? pageDateFrom
        ? 'report.yearFrom.pageHow'
        : 'report.yearFrom.page'
      : from.source === 'fact-date'
        ? 'report.yearFrom.fact'
        : 'report.yearFrom.capture';
  const how = pageDateFrom ? pageDateFromWords(pageDateFrom, lang) : '';
  return translate(lang, key, { date, how });
}
