/**
 * When a page was published, from what the page says about itself: its published-time meta
 * tags, a `<time datetime>`, JSON-LD `datePublished`, a date in its URL, a dateline at the top
 * of its text, and as a last resort the newest year its text mentions. Cards are ranked by this
 * date (facts from around the article's time first) and the sighting form infers missing years
 * from it, so each answer says where it came from. Pure: the content script only collects the
 * strings ({@link PageDateHints}); parsing happens here.
 */
import { extractDates } from '../extract/dates';
import { isCalendarDate } from './calendar';

/** Raw strings a page offers about its date, as the content script or the CLI collects them. */
export interface PageDateHints {
  url?: string;
  /** Values of published-time meta tags (`article:published_time`, `datePublished`, …). */
  meta?: string[];
  /** `datetime` attributes of the page's first `<time>` elements. */
  times?: string[];
  /** Texts of `<script type="application/ld+json">` blocks. */
  jsonLd?: string[];
  /** The beginning of the page's main text (a dateline), and the text for a newest-year guess. */
  text?: string;
}

/** Where a page date was found, most trustworthy first. */
export type PageDateSource = 'meta' | 'json-ld' | 'time' | 'url' | 'dateline' | 'text-year';

/** A page's date, as precise as its source. */
export interface PageDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: 'day' | 'month' | 'year';
  source: PageDateSource;
}

/** Earliest plausible publication year for the pages this extension reads. */
const MIN_YEAR = 1990;
/** How much of the text's start is read for a dateline. */
const DATELINE_CHARS = 400;
/** JSON-LD texts longer than this are not parsed (a page's whole catalogue, not an article). */
const MAX_JSON_LD_CHARS = 200_000;

/** The year, month and day of an ISO-like string ("2025-08-12T09:00:00+09:00", "20250812"). */
function parseIsoLike(value: string): PageDate | null {
  const m = /(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim()) ?? null;
  if (m) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    return isCalendarDate(date) ? { date, precision: 'day', source: 'meta' } : null;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (month && isCalendarDate(`${month[1]}-${month[2]}`))
    return { date: `${month[1]}-${month[2]}`, precision: 'month', source: 'meta' };
  // Other spellings ("August 12, 2025", "2025年8月12日") go through the quote date parser.
  return parseWritten(value);
}

/** A written day or month that states its year ("21 March 2017", "2025년 8월"), any language. */
function parseWritten(text: string): PageDate | null {
  for (const candidate of extractDates(text)) {
    const d = candidate.value;
    if (d.inferredYear || (d.precision !== 'day' && d.precision !== 'month')) continue;
    return { date: d.date, precision: d.precision, source: 'dateline' };
  }
  return null;
}

/** `datePublished` (or `dateCreated`, `uploadDate`) anywhere in a JSON-LD text. */
function jsonLdDate(text: string): PageDate | null {
  if (text.length > MAX_JSON_LD_CHARS) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const stack: unknown[] = [data];
  for (let seen = 0; stack.length > 0 && seen < 5_000; seen++) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
        const value = record[key];
        if (typeof value === 'string') {
          const found = parseIsoLike(value);
          if (found) return found;
        }
      }
      stack.push(...Object.values(record));
    }
  }
  return null;
}

/** A date in a URL path: /2025/08/12/, /2025-08-12, /20250812, or /2025/08/. */
function urlDate(url: string): PageDate | null {
  let path: string;
  try {
    const parsed = new URL(url);
    path = `${parsed.pathname}${parsed.search}`;
  } catch {
    return null;
  }
  // Separated (/2025/08/12/, 2025-08-12) or run together, also as the start of a longer id
  // (Daum's /v/20250417102747660, YTN's 201703211131230760).
  const day =
    /(?:^|[/_=-])((?:19|20)\d{2})([/_-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path) ??
    /(?:^|[/_=-])((?:19|20)\d{2})()(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/.exec(path);
  if (day) {
    const date = `${day[1]}-${day[3]}-${day[4]}`;
    if (isCalendarDate(date)) return { date, precision: 'day', source: 'url' };
  }
  const month = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(path);
  if (month) return { date: `${month[1]}-${month[2]}`, precision: 'month', source: 'url' };
  return null;
}

/** The newest year between {@link MIN_YEAR} and `maxYear` that the text mentions. */
function newestYear(text: string, maxYear: number): PageDate | null {
  let best = 0;
  for (const m of text.matchAll(/(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d)/g)) {
    const year = Number(m[1]);
    if (year >= MIN_YEAR && year <= maxYear && year > best) best = year;
  }
  return best === 0 ? null : { date: String(best), precision: 'year', source: 'text-year' };
}

/** True when `d` is neither before {@link MIN_YEAR} nor after `today` (one day of leeway). */
function plausible(d: PageDate, today: string): boolean {
  const year = Number(d.date.slice(0, 4));
  if (year < MIN_YEAR) return false;
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + 1);
  return d.date <= limit.toISOString().slice(0, d.date.length);
}

/**
 * The page's date from its hints, trying the most reliable first; null when nothing gives one.
 * `today` (`YYYY-MM-DD`) bounds what counts as plausible: a page cannot be from the future.
 */
export function pageDate(hints: PageDateHints, today: string): PageDate | null {
  const tries: Array<() => PageDate | null> = [
    ...(hints.meta ?? []).map((value) => () => parseIsoLike(value)),
    ...(hints.jsonLd ?? []).map((text) => () => withSource(jsonLdDate(text), 'json-ld')),
    ...(hints.times ?? []).map((value) => () => withSource(parseIsoLike(value), 'time')),
    () => (hints.url ? urlDate(hints.url) : null),
    () => (hints.text ? parseWritten(hints.text.slice(0, DATELINE_CHARS)) : null),
    () => (hints.text ? newestYear(hints.text, Number(today.slice(0, 4))) : null),
  ];
  for (const attempt of tries) {
    const found = attempt();
    if (found && plausible(found, today)) return found;
  }
  return null;
}

function withSource(d: PageDate | null, source: PageDateSource): PageDate | null {
  return d ? { ...d, source } : null;
}
