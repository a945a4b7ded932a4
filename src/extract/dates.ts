/**
 * Dates in a quote, in the five languages: "on March 9", "9 March 2017", "the 21st",
 * "지난 16일", "3월 9일", "9 марта", "16-го числа", "3月16日", "16日", and relative ones
 * ("last week", "지난주", "на прошлой неделе", "上周", "先週"). A date without a year takes
 * the page date's year and is marked `inferredYear`; relative dates are `approximate`.
 * Without a page date, only dates that state their year are offered.
 */
import type { ObservedDate } from '../sightings/model';
import {
  dayDate,
  dayOfPreviousMonth,
  daysBefore,
  inferDayOnly,
  inferYear,
  monthDate,
  monthsBefore,
  parseReferenceDate,
  type ReferenceDate,
  yearsBefore,
} from './calendar';
import {
  type Candidate,
  candidateAt,
  dedupeCandidates,
  foldForMatching,
  keepOutermost,
} from './candidate';

type Resolve = (m: RegExpExecArray, ref: ReferenceDate | undefined) => ObservedDate | null;
interface DateRule {
  pattern: RegExp;
  resolve: Resolve;
}

const EN_MONTHS = [
  'jan(?:uary|\\.)?',
  'feb(?:ruary|\\.)?',
  'mar(?:ch|\\.)?',
  'apr(?:il|\\.)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust|\\.)?',
  'sep(?:t(?:ember)?)?\\.?',
  'oct(?:ober|\\.)?',
  'nov(?:ember|\\.)?',
  'dec(?:ember|\\.)?',
];
const EN_MONTH = `(${EN_MONTHS.map((m) => `[${m[0]?.toUpperCase()}${m[0]}]${m.slice(1)}`).join('|')})`;
const RU_GENITIVE = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const RU_MONTH_GEN = `(${RU_GENITIVE.map((m) => `${m}(?:я|а)`).join('|')})`;
const RU_MONTH_PREP = `(${RU_GENITIVE.map((m) => `${m}е`).join('|')})`;

function enMonth(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return (
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
      w,
    ) + 1
  );
}

/** Month number of a Russian month in the genitive ("марта") or prepositional ("марте"). */
function ruMonth(word: string): number {
  const w = word.toLowerCase();
  const stems = RU_GENITIVE.map((s, i) => [s, i + 1] as const).sort(
    (a, b) => b[0].length - a[0].length,
  );
  return stems.find(([s]) => w.startsWith(s) && w.length - s.length === 1)?.[1] ?? 0;
}

/** Day and month with an optional stated year; the year is inferred when absent. */
function dayMonth(
  month: number,
  day: number,
  year: string | undefined,
  ref: ReferenceDate | undefined,
) {
  if (year !== undefined) return dayDate(Number(year), month, day, false);
  return ref ? dayDate(inferYear(ref, month, day), month, day, true) : null;
}

function monthOnly(month: number, year: string | undefined, ref: ReferenceDate | undefined) {
  if (year !== undefined) return monthDate(Number(year), month, false);
  return ref ? monthDate(inferYear(ref, month), month, true) : null;
}

const yearOnly: Resolve = (m) => ({ date: m[1] ?? '', precision: 'year' });
const dayOnly: Resolve = (m, ref) => (ref ? inferDayOnly(ref, Number(m[1])) : null);
const relative =
  (f: (ref: ReferenceDate) => ObservedDate | null): Resolve =>
  (_m, ref) =>
    ref ? f(ref) : null;

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const RULES: DateRule[] = [
  // English
  {
    pattern: new RegExp(`${B}${EN_MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?${E}`, 'gu'),
    resolve: (m, ref) => dayMonth(enMonth(m[1] ?? ''), Number(m[2]), m[3], ref),
  },
  {
    pattern: new RegExp(
      `${B}(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${EN_MONTH}(?:,? (\\d{4}))?${E}`,
      'gu',
    ),
    resolve: (m, ref) => dayMonth(enMonth(m[2] ?? ''), Number(m[1]), m[3], ref),
  },
  {
    pattern: new RegExp(
      `${B}(?:in|since|by|until|early|late|mid-|of|last|this) ${EN_MONTH}(?:,? (\\d{4}))?${E}`,
      'giu',
    ),
    resolve: (m, ref) => monthOnly(enMonth(m[1] ?? ''), m[2], ref),
  },
  {
    pattern: new RegExp(`${B}${EN_MONTH},? (\\d{4})${E}`, 'gu'),
    resolve: (m, ref) => monthOnly(enMonth(m[1] ?? ''), m[2], ref),
  },
  {
    pattern: /(?<![\p{L}\p{N}])(?:on )?the (\d{1,2})(?:st|nd|rd|th)(?![\p{L}\p{N}])/giu,
    resolve: dayOnly,
  },
  {
    pattern: /(?<![\p{L}\p{N}])(?:in|since|during|early|late|mid-?) (\d{4})(?![\p{L}\p{N}])/giu,
    resolve: yearOnly,
  },
  { pattern: /(?<![\p{L}])last week(?![\p{L}])/giu, resolve: relative((r) => daysBefore(r, 7)) },
  { pattern: /(?<![\p{L}])last month(?![\p{L}])/giu, resolve: relative((r) => monthsBefore(r, 1)) },
  {
    pattern: /(?<![\p{L}])(?:earlier )?this month(?![\p{L}])/giu,
    resolve: relative((r) => monthsBefore(r, 0)),
  },
  { pattern: /(?<![\p{L}])yesterday(?![\p{L}])/giu, resolve: relative((r) => daysBefore(r, 1)) },
  { pattern: /(?<![\p{L}])last year(?![\p{L}])/giu, resolve: relative((r) => yearsBefore(r, 1)) },
  // Korean
  {
    pattern: /(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})일/gu,
    resolve: (m, ref) => dayMonth(Number(m[2]), Number(m[3]), m[1], ref),
  },
  {
    pattern:
      /(?<![\d월]\s*)(?:지난\s*|이달\s*)?(\d{1,2})일(?!\s*(?:간|동안|만|째|이상|이내|정도))/gu,
    resolve: dayOnly,
  },
  {
    pattern: /(?:(\d{4})년\s*)?(\d{1,2})월(?!\s*\d)/gu,
    resolve: (m, ref) => monthOnly(Number(m[2]), m[1], ref),
  },
  { pattern: /(\d{4})년(?!\s*\d)/gu, resolve: yearOnly },
  { pattern: /지난\s?주/gu, resolve: relative((r) => daysBefore(r, 7)) },
  {
    pattern: /지난\s?달\s*(\d{1,2})일/gu,
    resolve: (m, ref) => (ref ? dayOfPreviousMonth(ref, Number(m[1])) : null),
  },
  { pattern: /지난\s?달/gu, resolve: relative((r) => monthsBefore(r, 1)) },
  { pattern: /어제/gu, resolve: relative((r) => daysBefore(r, 1)) },
  { pattern: /작년|지난해/gu, resolve: relative((r) => yearsBefore(r, 1)) },
  // Russian
  {
    pattern: new RegExp(
      `${B}(\\d{1,2}) ${RU_MONTH_GEN}(?: (\\d{4})(?: (?:года|г\\.))?)?${E}`,
      'giu',
    ),
    resolve: (m, ref) => dayMonth(ruMonth(m[2] ?? ''), Number(m[1]), m[3], ref),
  },
  {
    pattern: new RegExp(`${B}во? ${RU_MONTH_PREP}(?: (\\d{4}) (?:года|г\\.))?${E}`, 'giu'),
    resolve: (m, ref) => monthOnly(ruMonth(m[1] ?? ''), m[2], ref),
  },
  {
    pattern: new RegExp(`${B}(?:начале|середине|конце) ${RU_MONTH_GEN}(?: (\\d{4}))?${E}`, 'giu'),
    resolve: (m, ref) => monthOnly(ruMonth(m[1] ?? ''), m[2], ref),
  },
  { pattern: /(?<![\p{L}\p{N}])(\d{1,2})-?го числа(?![\p{L}])/giu, resolve: dayOnly },
  { pattern: /(?<![\p{L}\p{N}])в (\d{4}) году(?![\p{L}])/giu, resolve: yearOnly },
  {
    pattern: /(?<![\p{L}])на прошлой неделе(?![\p{L}])/giu,
    resolve: relative((r) => daysBefore(r, 7)),
  },
  {
    pattern: /(?<![\p{L}])в прошлом месяце(?![\p{L}])/giu,
    resolve: relative((r) => monthsBefore(r, 1)),
  },
  { pattern: /(?<![\p{L}])вчера(?![\p{L}])/giu, resolve: relative((r) => daysBefore(r, 1)) },
  {
    pattern: /(?<![\p{L}])в прошлом году(?![\p{L}])/giu,
    resolve: relative((r) => yearsBefore(r, 1)),
  },
  // Chinese and Japanese
  {
    pattern: /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号號]/gu,
    resolve: (m, ref) => dayMonth(Number(m[2]), Number(m[3]), m[1], ref),
  },
  { pattern: /(?<![\d月])(\d{1,2})[日号號](?![間间])/gu, resolve: dayOnly },
  {
    pattern: /(?:(\d{4})年)?(\d{1,2})月(?!\d)/gu,
    resolve: (m, ref) => monthOnly(Number(m[2]), m[1], ref),
  },
  { pattern: /(\d{4})年(?!\d)/gu, resolve: yearOnly },
  { pattern: /上周|上週|上星期|先週/gu, resolve: relative((r) => daysBefore(r, 7)) },
  {
    pattern: /(?:上个月|上個月|上月|先月)(\d{1,2})[日号號]/gu,
    resolve: (m, ref) => (ref ? dayOfPreviousMonth(ref, Number(m[1])) : null),
  },
  { pattern: /上个月|上個月|上月|先月/gu, resolve: relative((r) => monthsBefore(r, 1)) },
  { pattern: /昨天|昨日/gu, resolve: relative((r) => daysBefore(r, 1)) },
  { pattern: /去年|昨年/gu, resolve: relative((r) => yearsBefore(r, 1)) },
];

/**
 * Date candidates in `quote`. `pageDate` (YYYY, YYYY-MM or YYYY-MM-DD; the capture date when
 * the page states none) completes dates given without a year, month or day.
 */
export function extractDates(quote: string, pageDate?: string): Candidate<ObservedDate>[] {
  const ref = parseReferenceDate(pageDate);
  const folded = foldForMatching(quote);
  const found: Candidate<ObservedDate>[] = [];
  for (const { pattern, resolve } of RULES) {
    for (const m of folded.matchAll(pattern)) {
      const value = resolve(m as RegExpExecArray, ref);
      if (value) found.push(candidateAt(quote, m.index, m.index + m[0].length, value));
    }
  }
  return dedupeCandidates(keepOutermost(found));
}

/** A day and month, or a month, that a quote names without a year. */
export interface YearlessDate {
  /** `MM-DD` for a day, `MM` for a month. */
  monthDay: string;
  precision: 'day' | 'month';
}

/**
 * Dates the quote gives without a year ("on March 16", "3월 16일", "в марте"), for a form that
 * has no date to take the year from and must ask for it. Read with a bare year as reference
 * (2000, a leap year, so 29 February stays): a day or month completed with it is one the quote
 * gave no year for, while days without a month ("the 16th") and relative dates ("last week")
 * need more than a year and are not offered.
 */
export function extractYearlessDates(quote: string): Candidate<YearlessDate>[] {
  return extractDates(quote, '2000').flatMap((c) => {
    const { date, precision, inferredYear } = c.value;
    if (!inferredYear || (precision !== 'day' && precision !== 'month')) return [];
    return [{ ...c, value: { monthDay: date.slice(5), precision } }];
  });
}
