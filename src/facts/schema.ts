/**
 * The shape of the fact base, as valibot schemas. The data lives in JSON files (`data/`), so
 * these schemas are the only thing standing between a typo in a data file and a wrong card:
 * objects are strict (an unknown or misspelt key is an error), dates are checked for form and
 * calendar validity, and ids are kebab-case so they stay stable in URLs and exports.
 */
import * as v from 'valibot';
import { isCalendarDate } from '../dates/calendar';

import { LANGS, TOPICS } from '../vocabulary';

export { LANGS, type Lang, TOPICS, type Topic } from '../vocabulary';

/** How sure the project is of a fact, in the dossier's terms. */
export const CONFIDENCES = ['in-source', 'confirmed', 'single-source', 'unverified'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** What kind of statement an attribution records: a claim is not a report is not a guess. */
export const ATTRIBUTION_KINDS = [
  'report',
  'claim',
  'interpretation',
  'projection',
  'statement',
  'estimate',
] as const;

export const PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
export type Precision = (typeof PRECISIONS)[number];

const kebabId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)'),
);
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const httpUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//, 'must be http(s)'),
);

/** Partial ISO dates are checked by the shared calendar module (also used by sightings). */
export { isCalendarDate };

/** The date form a precision requires; `approximate` accepts any form. */
function formMatchesPrecision(date: string, precision: Precision): boolean {
  const parts = date.split('-').length;
  if (precision === 'day') return parts === 3;
  if (precision === 'month') return parts === 2;
  if (precision === 'year') return parts === 1;
  return true;
}

const datePoint = {
  date: v.pipe(
    v.string(),
    v.check(isCalendarDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD'),
  ),
  precision: v.picklist(PRECISIONS, 'must be day, month, year or approximate'),
};

const DatePointSchema = v.pipe(
  v.strictObject(datePoint),
  v.check(
    (p) => formMatchesPrecision(p.date, p.precision),
    'date form does not match its precision (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY)',
  ),
);

/**
 * A date as sources give it: often only a month or a year, sometimes "about", sometimes a span.
 * `end` makes it a range; `label` is a short human note ("deadline", "as of").
 */
export const FuzzyDateSchema = v.pipe(
  v.strictObject({
    ...datePoint,
    end: v.optional(DatePointSchema),
    label: v.optional(text),
  }),
  v.check(
    (d) => formMatchesPrecision(d.date, d.precision),
    'date form does not match its precision (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY)',
  ),
  v.check((d) => !d.end || d.end.date >= d.date, 'a range must not end before it starts'),
);
export type FuzzyDate = v.InferOutput<typeof FuzzyDateSchema>;

const names = v.pipe(v.array(text), v.minLength(1, 'needs at least one name'));

/** A gazetteer entry: the first name of each list is the display name, the rest are variants. */
export const PlaceSchema = v.strictObject({
  id: kebabId,
  kind: v.picklist([
    'city',
    'town',
    'station',
    'province',
    'river',
    'border-crossing',
    'region',
    'country',
    'site',
  ]),
  /**
   * The country it lies in (ISO 3166-1 alpha-2, lower case; a country names itself). Rivers
   * on a border have none. Cards prefer facts from the country a page is about.
   */
  country: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a two-letter country code')),
  ),
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  /** `source`: seen in a cited source; `standard`: usual coordinates; `approximate`: a centroid or reach. */
  coord: v.picklist(['source', 'standard', 'approximate']),
  coordNote: v.optional(text),
  names: v.strictObject({
    en: names,
    ko: names,
    ru: names,
    zhHans: names,
    zhHant: names,
    ja: names,
  }),
});
export type Place = v.InferOutput<typeof PlaceSchema>;

/** A cited publication. `perspective` is a neutral note on the outlet, where it matters. */
export const SourceSchema = v.strictObject({
  id: kebabId,
  publication: text,
  title: text,
  /** True when `title` is the project's description of the item rather than its own headline. */
  descriptiveTitle: v.optional(v.boolean()),
  date: FuzzyDateSchema,
  url: httpUrl,
  lang: v.picklist(LANGS),
  perspective: v.optional(text),
  /** The day the project last checked the source says what the cards cite it for. */
  accessed: v.optional(v.pipe(v.string(), v.isoDate('must be an ISO date YYYY-MM-DD'))),
  /**
   * Set when `url` is a faithful copy of the item on another site (a syndication partner, an
   * archive) because the outlet's own page could not be checked: the name of that site.
   * `publication`, `title` and `date` still describe the original.
   */
  via: v.optional(text),
});
export type Source = v.InferOutput<typeof SourceSchema>;

/** Who says something, in what role, in which source, and what kind of saying it is. */
export const AttributionSchema = v.strictObject({
  who: text,
  role: text,
  source: kebabId,
  kind: v.picklist(ATTRIBUTION_KINDS),
  date: v.optional(FuzzyDateSchema),
});
export type Attribution = v.InferOutput<typeof AttributionSchema>;

/** Where a source is wrong: what it said, what is right, why, and who shows it. */
export const CorrectionSchema = v.strictObject({
  sourceSaid: text,
  correct: text,
  why: text,
  sources: v.pipe(v.array(kebabId), v.minLength(1, 'a correction needs a source')),
});
export type Correction = v.InferOutput<typeof CorrectionSchema>;

const terms = v.pipe(
  v.array(text),
  v.minLength(1, 'list at least one term or leave the language out'),
);

/** One card's worth of knowledge, with everything a careful reader needs to check it. */
export const FactSchema = v.strictObject({
  id: kebabId,
  topic: v.picklist(TOPICS),
  title: text,
  summary: text,
  details: v.array(text),
  dates: v.array(FuzzyDateSchema),
  places: v.array(kebabId),
  attributions: v.pipe(v.array(AttributionSchema), v.minLength(1, 'every fact is attributed')),
  confidence: v.picklist(CONFIDENCES),
  /** Number of independent sources that confirm the fact, when `confidence` is `confirmed`. */
  confirmedBy: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2))),
  corrections: v.array(CorrectionSchema),
  related: v.array(kebabId),
  /**
   * A key fact of its topic: shown to a page that discusses the topic even when it names none
   * of the fact's triggers (a page about confiscated wages gets the key pay facts).
   */
  key: v.optional(v.boolean()),
  /**
   * A rule, agreement, route or profile that stays current after its date (a resolution in
   * force, an outlet's profile): ranked as contemporary with any page published after it.
   */
  standing: v.optional(v.boolean()),
  /** Source ids; the first is the main source to cite. */
  sources: v.pipe(v.array(kebabId), v.minLength(1, 'every fact needs a source')),
  people: v.optional(v.array(text)),
  orgs: v.optional(v.array(text)),
  triggers: v.partial(v.strictObject({ en: terms, ko: terms, ru: terms, zh: terms, ja: terms })),
});
export type Fact = v.InferOutput<typeof FactSchema>;
