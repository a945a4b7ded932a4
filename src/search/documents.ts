/**
 * Flattens each fact into the searchable text a reader might type: its own words, the names
 * of its places in every language and variant, the people and organisations in it, who says
 * it, its trigger terms and its sources. Every string is already in search normal form, so
 * matching never repeats the normalisation per keystroke.
 */
import type { FactBaseData } from '@/src/facts/validate';
import { normalizeForSearch } from './normalize';

/** A fact as the search sees it. Field names are the fuse.js keys. */
export interface SearchDoc {
  id: string;
  title: string;
  /** Short names a reader types whole: places (all scripts), people, organisations, speakers. */
  names: string[];
  summary: string;
  details: string[];
  /** Detection terms in each language, plus correction texts. */
  terms: string[];
  /** Publication and title of each source. */
  sources: string[];
}

/** fuse.js keys with weights: a hit in a title or a name says more than one in a detail. */
export const SEARCH_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'names', weight: 2.5 },
  { name: 'summary', weight: 1.5 },
  { name: 'terms', weight: 1 },
  { name: 'sources', weight: 1 },
  { name: 'details', weight: 1 },
] as const;

const unique = (values: string[]): string[] => [...new Set(values.filter((v) => v.length > 0))];

/** Builds the search documents of a fact base, in fact order. */
export function searchDocuments(base: FactBaseData): SearchDoc[] {
  const places = new Map(base.places.map((p) => [p.id, p]));
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  return base.facts.map((fact) => {
    const placeNames = fact.places.flatMap((id) => {
      const names = places.get(id)?.names;
      return names ? Object.values(names).flat() : [];
    });
    const speakers = fact.attributions.map((a) => a.who);
    const sourceTexts = fact.sources.flatMap((id) => {
      const source = sources.get(id);
      return source ? [source.publication, source.title] : [];
    });
    const corrections = fact.corrections.flatMap((c) => [c.sourceSaid, c.correct]);
    const norm = (values: string[]) => unique(values.map(normalizeForSearch));
    return {
      id: fact.id,
      title: normalizeForSearch(fact.title),
      names: norm([...placeNames, ...(fact.people ?? []), ...(fact.orgs ?? []), ...speakers]),
      summary: normalizeForSearch(fact.summary),
      details: norm(fact.details),
      terms: norm([...Object.values(fact.triggers).flat(), ...corrections]),
      sources: norm(sourceTexts),
    };
  });
}
