/**
 * The exact pass of the popup search: a normalised substring test over every searchable
 * string. fuse.js scores a two-character query such as 丹东, 단둥 or 하산 poorly (one wrong
 * character is half the pattern), and a reader who types a name whole expects that fact
 * first, so exact hits are ranked by where they occur and merged ahead of fuzzy ones.
 */
import { compactName, type SearchDoc } from './documents';

/** Score of an exact hit by field: lower is better, on fuse.js's 0 (perfect) to 1 scale. */
export const EXACT_SCORES = {
  /** The query is the fact's whole title ("Daily NK" for the fact about Daily NK). */
  wholeTitle: 0,
  /** The query is a whole name of the fact and occurs in its title. */
  titleAndName: 0.0005,
  /** The query occurs in the fact's title. */
  title: 0.001,
  /** The query is a whole name (a place, person or organisation) of the fact. */
  wholeName: 0.002,
  /** The query occurs in one of its names. */
  name: 0.003,
  /** The query occurs in the name of someone the fact is attributed to. */
  speaker: 0.005,
  /** The query occurs in its summary, details, terms or sources. */
  body: 0.01,
} as const;

/** The worst exact score: anything above it came from the fuzzy pass. */
export const WORST_EXACT_SCORE = EXACT_SCORES.body;

/** Shortest compact query compared with compact titles and names: shorter ones match by chance. */
const MIN_COMPACT_QUERY = 5;

/**
 * Best exact score of `query` (already normalised) in `doc`, or undefined when absent.
 * `compactQuery` is the query as {@link compactName} writes it (the caller computes it once).
 */
export function exactScore(
  doc: SearchDoc,
  query: string,
  compactQuery = compactName(query),
): number | undefined {
  const compact = compactQuery.length >= MIN_COMPACT_QUERY;
  if (doc.title === query) return EXACT_SCORES.wholeTitle;
  // A person or place the fact is about, named in its title too: its own card ("INFNK and Kim
  // Dong Nam" before "Kim Dong Nam's estimate…", which names him but is not about him).
  if (doc.title.includes(query) && doc.names.includes(query)) return EXACT_SCORES.titleAndName;
  if (compact && doc.compactTitle.includes(compactQuery) && doc.compactNames.includes(compactQuery))
    return EXACT_SCORES.titleAndName;
  if (doc.title.includes(query)) return EXACT_SCORES.title;
  if (compact && doc.compactTitle.includes(compactQuery)) return EXACT_SCORES.title;
  if (doc.names.includes(query)) return EXACT_SCORES.wholeName;
  if (compact && doc.compactNames.includes(compactQuery)) return EXACT_SCORES.wholeName;
  if (doc.names.some((n) => n.includes(query))) return EXACT_SCORES.name;
  if (compact && doc.compactNames.some((n) => n.includes(compactQuery))) return EXACT_SCORES.name;
  if (doc.speakers.some((n) => n.includes(query))) return EXACT_SCORES.speaker;
  const inBody =
    doc.summary.includes(query) ||
    doc.details.some((d) => d.includes(query)) ||
    doc.terms.some((t) => t.includes(query)) ||
    doc.sources.some((s) => s.includes(query));
  return inBody ? EXACT_SCORES.body : undefined;
}
