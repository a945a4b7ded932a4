/**
 * A sighting: one report, made by a user, of North Korean workers seen or described on a page —
 * a group at a station, a new route, a count. It is evidence, so it keeps the exact words and
 * where they stood on the page (W3C selectors), a hash of the page text at capture time, and
 * every judgement the user made (date and its precision, place, count, direction, confidence).
 *
 * These types are the contract between the pure domain (`src/sightings`, `src/quote`,
 * `src/extract`) and the extension pages (form, journal, background store). The valibot schema
 * in `schema.ts` checks exactly these shapes.
 */
import type { PageDateSource } from '../dates/page-date';

/**
 * Version of a single record's shape; bumped together with a migration in `document.ts`.
 * Version 2: positions only when measured in the page text (`page.textCaptured`), and an
 * inferred year says where it came from (`observed.yearFrom`).
 */
export const SIGHTING_SCHEMA_VERSION = 2;

/** Where the workers were going. `unknown` is a real answer: many reports do not say. */
export const DIRECTIONS = ['to-russia', 'from-russia', 'in-transit', 'unknown'] as const;
/** One of the values above. */
export type Direction = (typeof DIRECTIONS)[number];

/**
 * How precise a date is. Sources often give only a month or a year ("in March"); an
 * `approximate` date ("last week") keeps its best-guess day but says it is a guess.
 * Same labels as fact dates.
 */
export const PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
/** One of the values above. */
export type Precision = (typeof PRECISIONS)[number];

/** How sure the user is, in the same labels the fact base uses for facts. */
export const CONFIDENCES = ['in-source', 'confirmed', 'single-source', 'unverified'] as const;
/** One of the values above. */
export type Confidence = (typeof CONFIDENCES)[number];

/** How a head-count was stated: "200" (exact), "about 200"/"hundreds" (approximate), "200–300". */
export const COUNT_KINDS = ['exact', 'approximate', 'range', 'unknown'] as const;
/** One of the values above. */
export type CountKind = (typeof COUNT_KINDS)[number];

/** Languages of a quote; `und` when its script does not tell. */
export const PAGE_LANGS = ['en', 'ko', 'ru', 'zh', 'ja', 'und'] as const;
/** One of the values above. */
export type PageLang = (typeof PAGE_LANGS)[number];

/** Where a page's own date was found (the names of `src/dates/page-date.ts`). */
export const PAGE_DATE_SOURCES = [
  'meta',
  'json-ld',
  'time',
  'url',
  'dateline',
  'text-year',
] as const satisfies readonly PageDateSource[];
/** One of the values above. */
export type PageDateFrom = (typeof PAGE_DATE_SOURCES)[number];

/** The page a quote was taken from, as it was at capture time. */
export interface PageContext {
  url: string;
  title: string;
  /** Host name without `www.`, for grouping and display ("dailynk.com"). */
  site: string;
  /**
   * Language of the quote, read from its script (`src/detect`); the page's language when the
   * quote alone does not tell (digits, a name in Latin letters on a Korean page).
   */
  lang: PageLang;
  /** ISO 8601 timestamp (UTC) of the capture. */
  capturedAt: string;
  /**
   * True when the page's text was read at capture: `textSha256` is its fingerprint and the
   * quote's `start`/`end` are offsets in it. False when only the quote was known (a deep link,
   * the popup without a selection, a page that refuses scripts): `textSha256` is then the
   * quote's own fingerprint and the quote has no offsets.
   */
  textCaptured: boolean;
  /** SHA-256 (64 lowercase hex) of the page's main text at capture, or of the quote alone. */
  textSha256: string;
  /** The page's own publication date when it states one (YYYY, YYYY-MM or YYYY-MM-DD). */
  pageDate?: string;
  /** Where `pageDate` was found (published-time meta tag, JSON-LD, address, dateline…). */
  pageDateFrom?: PageDateFrom;
}

/**
 * The quote as a W3C TextQuoteSelector (`exact`, `prefix`, `suffix`) plus, when the page text
 * was read, a TextPositionSelector (`start`, `end`: UTF-16 offsets in the page's main text).
 * Both are kept because pages change: the position is fast when the text is unchanged, the
 * quote and its context re-anchor fuzzily when it is not (see `src/quote/match-quote.ts`).
 * Offsets are never made up: without the page text there are none.
 */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
}

/** Where an inferred year came from. `capture-date` only in records made before version 2. */
export const YEAR_SOURCES = ['page-date', 'fact-date', 'capture-date'] as const;
/** One of the values above. */
export type YearSource = (typeof YEAR_SOURCES)[number];

/**
 * The date a missing year was taken from: the page's own date, the date of the fact on the card
 * the report came from (`factId`), or — only in records from before version 2, whose years were
 * wrongly taken from the day of capture — the capture date, so such a year can be checked.
 */
export interface YearFrom {
  source: YearSource;
  /** The reference date itself (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  factId?: string;
}

/**
 * When the workers were seen. `date` is ISO: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching
 * `precision` (`approximate` accepts any form). `inferredYear` is true when the text gave only
 * a day or month ("on March 9", "지난 16일") and the year came from another date, which
 * `yearFrom` names: a reader of the export must be able to tell a stated year from a guessed
 * one, and the guess from its ground.
 */
export interface ObservedDate {
  date: string;
  precision: Precision;
  inferredYear?: boolean;
  /** Present exactly when `inferredYear` is true. */
  yearFrom?: YearFrom;
}

/**
 * A place: a gazetteer entry (`placeId` from `src/facts/data/places.json`) or free text.
 * `name` is always present so a record stays readable without the gazetteer. `lat`/`lon` are
 * only what the user typed; exports fall back to the gazetteer's coordinates for `placeId`, so a
 * corrected gazetteer position improves old records instead of freezing a wrong one.
 */
export interface PlaceRef {
  placeId?: string;
  name: string;
  lat?: number;
  lon?: number;
}

/**
 * A head-count as stated. `exact`: `value`. `approximate`: `value` when a number is given
 * ("about 200"), else `min` (and `max`) for "hundreds" (min 200). `range`: `min` and `max`.
 * `unknown`: no numbers. `text` keeps the words the count came from ("200여 명").
 */
export interface HeadCount {
  kind: CountKind;
  value?: number;
  min?: number;
  max?: number;
  text?: string;
}

/** One stored sighting. Every field was confirmed or typed by the user. */
export interface Sighting {
  /** UUID, created once; the key for merging imports and the idempotency key when sharing. */
  id: string;
  schemaVersion: typeof SIGHTING_SCHEMA_VERSION;
  /** ISO 8601 timestamps (UTC). `updatedAt` decides which copy wins when imports merge. */
  createdAt: string;
  updatedAt: string;
  page: PageContext;
  quote: QuoteSelector;
  observed: ObservedDate;
  place: PlaceRef;
  count: HeadCount;
  direction: Direction;
  /** Where the workers came from (often a province: Pyongyang, South Pyongan). */
  origin?: PlaceRef;
  /** Where they were headed (Moscow, Tyumen, "inland Russia"). */
  destination?: PlaceRef;
  /** Free text for the leg of the route seen ("Dandong → Harbin by train"). */
  routeLeg?: string;
  /** Fact ids (kebab-case) from the fact base this sighting relates to. */
  relatedFacts: string[];
  confidence: Confidence;
  /** The user's own words; may be empty. */
  notes: string;
}

/** The fields of a sighting the user edits in the form (everything but identity and times). */
export type SightingFields = Omit<Sighting, 'id' | 'schemaVersion' | 'createdAt' | 'updatedAt'>;

/**
 * What the report form starts from: the page and the quote are known at capture; every other
 * field is empty until the user confirms a candidate or types a value. Extracted candidates are
 * kept apart (`src/extract`) so nothing unconfirmed can reach a saved record.
 */
export type SightingDraft = Pick<SightingFields, 'page' | 'quote'> &
  Partial<Omit<SightingFields, 'page' | 'quote'>>;
