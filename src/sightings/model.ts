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

/** Version of a single record's shape; bumped together with a migration in `migrate.ts`. */
export const SIGHTING_SCHEMA_VERSION = 1;

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

/** Page languages; `und` when the detector could not tell. */
export const PAGE_LANGS = ['en', 'ko', 'ru', 'zh', 'ja', 'und'] as const;
/** One of the values above. */
export type PageLang = (typeof PAGE_LANGS)[number];

/** The page a quote was taken from, as it was at capture time. */
export interface PageContext {
  url: string;
  title: string;
  /** Host name without `www.`, for grouping and display ("dailynk.com"). */
  site: string;
  lang: PageLang;
  /** ISO 8601 timestamp (UTC) of the capture. */
  capturedAt: string;
  /** SHA-256 (64 lowercase hex) of the page's main text at capture: proves what the page said. */
  textSha256: string;
  /** The page's own publication date when it states one (YYYY, YYYY-MM or YYYY-MM-DD). */
  pageDate?: string;
}

/**
 * The quote as a W3C TextQuoteSelector (`exact`, `prefix`, `suffix`) plus a
 * TextPositionSelector (`start`, `end`: UTF-16 offsets in the page's main text). Both are kept
 * because pages change: the position is fast when the text is unchanged, the quote and its
 * context re-anchor fuzzily when it is not (see `src/quote/match-quote.ts`).
 */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * When the workers were seen. `date` is ISO: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching
 * `precision` (`approximate` accepts any form). `inferredYear` is true when the text gave only
 * a day or month ("on March 9", "지난 16일") and the year came from the page date: a reader of
 * the export must be able to tell a stated year from a guessed one.
 */
export interface ObservedDate {
  date: string;
  precision: Precision;
  inferredYear?: boolean;
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
