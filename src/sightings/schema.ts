/**
 * Valibot schemas for the sighting model (`model.ts`). Imports, storage reads and the form all
 * pass through these, so the messages are written for a person: each names the field and what
 * it must look like. Objects are strict: an unknown key in an imported file is an error, not
 * silently dropped data.
 */
import * as v from 'valibot';
import { isCalendarDate } from '../dates/calendar';
import {
  CONFIDENCES,
  COUNT_KINDS,
  DIRECTIONS,
  type HeadCount,
  type ObservedDate,
  PAGE_DATE_SOURCES,
  PAGE_LANGS,
  PRECISIONS,
  SIGHTING_SCHEMA_VERSION,
  type Sighting,
  YEAR_SOURCES,
} from './model';

/** True when the date's form fits its precision; `approximate` accepts any form. */
export function dateFitsPrecision(d: ObservedDate): boolean {
  const parts = d.date.split('-').length;
  if (d.precision === 'day') return parts === 3;
  if (d.precision === 'month') return parts === 2;
  if (d.precision === 'year') return parts === 1;
  return true;
}

/** True when a head-count carries exactly the numbers its kind needs (see `HeadCount`). */
export function countIsConsistent(c: HeadCount): boolean {
  const has = (n: number | undefined) => n !== undefined;
  switch (c.kind) {
    case 'exact':
      return has(c.value) && !has(c.min) && !has(c.max);
    case 'approximate':
      return has(c.value) || has(c.min);
    case 'range':
      return has(c.min) && has(c.max) && !has(c.value) && (c.min ?? 0) <= (c.max ?? 0);
    case 'unknown':
      return !has(c.value) && !has(c.min) && !has(c.max);
  }
}

const text = v.pipe(
  v.string('must be text'),
  v.check((s) => s.trim() !== '', 'must not be empty'),
);
const isoDate = v.pipe(
  v.string('must be text'),
  v.check(isCalendarDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD'),
);
const timestamp = v.pipe(
  v.string('must be text'),
  v.isoTimestamp('must be an ISO 8601 timestamp such as 2017-03-21T09:30:00.000Z'),
);
const offset = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
);
const people = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
);
const LAT = 'must be a latitude between -90 and 90';
const LON = 'must be a longitude between -180 and 180';
function kebabIdSchema() {
  return v.pipe(
    v.string('must be text'),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)'),
  );
}
const kebabId = kebabIdSchema();

/** The page a quote came from; the URL must be http(s), the hash 64 hex digits. */
export const PageContextSchema = v.strictObject({
  url: v.pipe(text, v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be an http(s) URL')),
  title: v.string('must be text'),
  site: v.string('must be text'),
  lang: v.picklist(PAGE_LANGS, `must be one of ${PAGE_LANGS.join(', ')}`),
  capturedAt: timestamp,
  textCaptured: v.boolean('must be true or false'),
  textSha256: v.pipe(v.string('must be text'), v.regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits')),
  pageDate: v.optional(isoDate),
  pageDateFrom: v.optional(
    v.picklist(PAGE_DATE_SOURCES, `must be one of ${PAGE_DATE_SOURCES.join(', ')}`),
  ),
});

/**
 * The quote's selectors; `exact` keeps its spaces (it is evidence) but may not be blank.
 * `start` and `end` come together or not at all.
 */
export const QuoteSelectorSchema = v.pipe(
  v.strictObject({
    exact: text,
    prefix: v.string('must be text'),
    suffix: v.string('must be text'),
    start: v.optional(offset),
    end: v.optional(offset),
  }),
  v.check((q) => (q.start === undefined) === (q.end === undefined), 'start and end go together'),
  v.check((q) => q.start === undefined || (q.end ?? 0) > q.start, 'end must be after start'),
);

/** Where an inferred year came from. */
export const YearFromSchema = v.strictObject({
  source: v.picklist(YEAR_SOURCES, `must be one of ${YEAR_SOURCES.join(', ')}`),
  date: isoDate,
  factId: v.optional(kebabIdSchema()),
});

/** An observed date whose form fits its precision; an inferred year names its ground. */
export const ObservedDateSchema = v.pipe(
  v.strictObject({
    date: isoDate,
    precision: v.picklist(PRECISIONS, `must be one of ${PRECISIONS.join(', ')}`),
    inferredYear: v.optional(v.boolean('must be true or false')),
    yearFrom: v.optional(YearFromSchema),
  }),
  v.check(
    dateFitsPrecision,
    'date form does not match its precision (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY)',
  ),
  v.check(
    (d) => (d.inferredYear === true) === (d.yearFrom !== undefined),
    'an inferred year needs yearFrom (where it came from), and only an inferred year has one',
  ),
);

/** A place by gazetteer id and/or name, with both coordinates or none. */
export const PlaceRefSchema = v.pipe(
  v.strictObject({
    placeId: v.optional(kebabId),
    name: text,
    lat: v.optional(
      v.pipe(v.number('must be a number'), v.minValue(-90, LAT), v.maxValue(90, LAT)),
    ),
    lon: v.optional(
      v.pipe(v.number('must be a number'), v.minValue(-180, LON), v.maxValue(180, LON)),
    ),
  }),
  v.check((p) => (p.lat === undefined) === (p.lon === undefined), 'lat and lon go together'),
);

/** A head-count whose numbers fit its kind (see {@link countIsConsistent}). */
export const HeadCountSchema = v.pipe(
  v.strictObject({
    kind: v.picklist(COUNT_KINDS, `must be one of ${COUNT_KINDS.join(', ')}`),
    value: v.optional(people),
    min: v.optional(people),
    max: v.optional(people),
    text: v.optional(v.string('must be text')),
  }),
  v.check(
    countIsConsistent,
    'numbers do not fit the kind (exact: value; approximate: value or min; range: min ≤ max; unknown: none)',
  ),
);

/** A whole stored sighting, as imports, storage reads and the form check it. */
export const SightingSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string('must be text'), v.uuid('must be a UUID')),
    schemaVersion: v.literal(SIGHTING_SCHEMA_VERSION, `must be ${SIGHTING_SCHEMA_VERSION}`),
    createdAt: timestamp,
    updatedAt: timestamp,
    page: PageContextSchema,
    quote: QuoteSelectorSchema,
    observed: ObservedDateSchema,
    place: PlaceRefSchema,
    count: HeadCountSchema,
    direction: v.picklist(DIRECTIONS, `must be one of ${DIRECTIONS.join(', ')}`),
    origin: v.optional(PlaceRefSchema),
    destination: v.optional(PlaceRefSchema),
    routeLeg: v.optional(v.string('must be text')),
    relatedFacts: v.array(kebabId, 'must be a list of fact ids'),
    confidence: v.picklist(CONFIDENCES, `must be one of ${CONFIDENCES.join(', ')}`),
    notes: v.string('must be text'),
  }),
  v.check(
    (s) => s.page.textCaptured === (s.quote.start !== undefined),
    'quote.start and quote.end are offsets in the page text: present when page.textCaptured is true, absent when it is false',
  ),
  v.check(
    // Unreadable timestamps are reported on their own fields; compare only readable ones.
    (s) => !(Date.parse(s.updatedAt) < Date.parse(s.createdAt)),
    'updatedAt must not be before createdAt',
  ),
);

/** Compile-time proof that the schema's output and the hand-written model agree. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<v.InferOutput<typeof SightingSchema>, Sighting> = true;
void schemaMatchesModel;
