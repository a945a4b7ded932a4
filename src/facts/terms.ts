/**
 * The detection lexicon's data shape (`data/terms.json`) as a valibot schema. The lexicon is
 * data so that linguists can extend it without touching the matcher; the schema rejects an
 * unknown role, language, topic or evidence letter before a bad entry can skew detection.
 *
 * A group lists surface forms sharing a language, role and strength. A form ending in `*` is
 * a stem (it may continue with any letters: `worker*` matches "workers"); otherwise a form in
 * a spaced script must end at a word boundary. `evidence` overrides the role's default
 * evidence letters: D (North Korea), W (work, workers), A (abroad, destinations, sanctions),
 * X (the act of sending people), F (another nationality), P (another nationality that says
 * whose the workers are only right before them: "Russian", ロシア人), M (troops, weapons), S (people
 * sent for other ends: students, athletes, delegations, tourists), I (inside North Korea), N (negative context),
 * B (a place or country abroad, as opposed to the act of sending), T (trips and works for other
 * ends than labour abroad: tourism, union and party delegations, a bridge built from both banks).
 */
import * as v from 'valibot';
import { LANGS, TOPICS } from '../vocabulary';
import termsJson from './data/terms.json';

export const TERM_LANGS = LANGS;
export const TERM_TOPICS = TOPICS;
export const TERM_ROLES = [
  'dprk',
  'worker',
  'dprk-worker',
  'labor-export',
  'dispatch',
  'destination',
  'transit',
  'sanction',
  'money',
  'place',
  'org',
  'meeting',
  'route',
  'negative',
  'neutral',
  'foreign',
  'military',
  'domestic',
  'fact',
  'non-labor',
  'subject',
] as const;
export const PLACE_REGIONS = ['dprk', 'transit', 'destination'] as const;

const form = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('a form must not be empty'),
  v.regex(
    /^[^*]+\*?$/,
    'only a final * (stem) is allowed; list inflected multi-word forms instead',
  ),
);
const topics = v.optional(v.array(v.picklist(TERM_TOPICS)));

export const TermGroupSchema = v.strictObject({
  lang: v.picklist(TERM_LANGS),
  role: v.picklist(TERM_ROLES),
  strength: v.picklist(['strong', 'weak']),
  /**
   * For subject words: the narrower subject they name within their topic ("wages", "seafood"
   * plants, "study visas"), the same id in every language, so a Korean page about 임금 and an
   * English fact about wages meet.
   */
  concept: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z]+(?:-[a-z]+)*$/, 'a kebab-case concept id')),
  ),
  evidence: v.optional(
    v.pipe(v.string(), v.regex(/^[DWAXFPMSINBT]*$/, 'evidence letters are DWAXFPMSINBT')),
  ),
  topics,
  forms: v.pipe(v.array(form), v.minLength(1, 'a group needs at least one form')),
});
export type TermGroup = v.InferOutput<typeof TermGroupSchema>;

export const PlaceRoleSchema = v.strictObject({
  region: v.picklist(PLACE_REGIONS),
  topics,
  /**
   * The name mostly stands for a government ("Pyongyang said", "Moscow denies"): it counts as
   * evidence but is not marked and opens no card of its own.
   */
  metonym: v.optional(v.boolean()),
});

export const TermsFileSchema = v.strictObject({
  version: v.literal(1),
  /** How each gazetteer place counts as evidence; places not listed count as destinations. */
  places: v.record(v.string(), PlaceRoleSchema),
  groups: v.array(TermGroupSchema),
});
export type TermsFile = v.InferOutput<typeof TermsFileSchema>;

/** Validates raw lexicon data; throws a readable error naming the bad path. */
export function parseTerms(raw: unknown): TermsFile {
  const result = v.safeParse(TermsFileSchema, raw);
  if (result.success) return result.output;
  const lines = result.issues.map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return `terms.json ${path}: ${issue.message}`;
  });
  throw new Error(`Invalid detection lexicon:\n  ${lines.join('\n  ')}`);
}

/** The bundled lexicon data, validated on first import. */
export const bundledTerms: TermsFile = parseTerms(termsJson);
