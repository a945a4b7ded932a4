/**
 * Flattens each fact into the searchable text a reader might type: its own words, the names
 * of its places in every language and variant, the people and organisations in it, who says
 * it, its trigger terms and its sources. Every string is already in search normal form, so
 * matching never repeats the normalisation per keystroke.
 */
import type { FactBaseData } from '@/src/facts/validate';
import { normalizeForSearch } from './normalize';

/** A fact as the search sees it. */
export interface SearchDoc {
  id: string;
  title: string;
  /** Short names a reader types whole: places (all scripts), people, organisations. */
  names: string[];
  /** Who the fact is attributed to (many facts share one speaker, so this weighs less). */
  speakers: string[];
  summary: string;
  details: string[];
  /** Detection terms in each language, plus correction texts. */
  terms: string[];
  /** Publication and title of each source. */
  sources: string[];
  /** `title` and `names` without spaces and hyphens (see {@link compactName}). */
  compactTitle: string;
  compactNames: string[];
}

/** Searchable fields of a {@link SearchDoc}. */
export type SearchField = Exclude<keyof SearchDoc, 'id' | 'compactTitle' | 'compactNames'>;

/**
 * A name without its spaces and hyphens: romanised Korean names are split freely ("Kim Dong
 * Nam", "Kim Dong-nam", "Kim Dongnam"), so names are also compared in this form.
 */
export function compactName(name: string): string {
  return name.replace(/[\s-]+/g, '');
}

/** Field weights: a hit in a title or a name says more than one in a detail. */
export const FIELD_WEIGHTS: Record<SearchField, number> = {
  title: 3,
  names: 2.5,
  summary: 1.5,
  speakers: 1,
  terms: 1,
  sources: 1,
  details: 1,
};

/** The highest field weight, for normalising scores to 0..1. */
export const MAX_FIELD_WEIGHT = 3;

/** Every string of one field of `doc`. */
export function fieldTexts(doc: SearchDoc, field: SearchField): string[] {
  const value = doc[field];
  return typeof value === 'string' ? [value] : value;
}

const unique = (values: string[]): string[] => [...new Set(values.filter((v) => v.length > 0))];

/** Builds the search documents of a fact base, in fact order. */
export function searchDocuments(base: FactBaseData): SearchDoc[] {
  // Places and sources are shared by many facts: normalise their texts once.
  const placeNames = new Map(
    base.places.map((p) => [p.id, Object.values(p.names).flat().map(normalizeForSearch)]),
  );
  const sourceTexts = new Map(
    base.sources.map((s) => [s.id, [s.publication, s.title].map(normalizeForSearch)]),
  );
  const norm = (values: string[]) => values.map(normalizeForSearch);
  return base.facts.map((fact) => {
    const corrections = fact.corrections.flatMap((c) => [c.sourceSaid, c.correct]);
    const names = unique([
      ...fact.places.flatMap((id) => placeNames.get(id) ?? []),
      ...norm([...(fact.people ?? []), ...(fact.orgs ?? [])]),
    ]);
    const title = normalizeForSearch(fact.title);
    return {
      id: fact.id,
      title,
      names,
      speakers: unique(norm(fact.attributions.map((a) => a.who))),
      summary: normalizeForSearch(fact.summary),
      details: unique(norm(fact.details)),
      terms: unique(norm([...Object.values(fact.triggers).flat(), ...corrections])),
      sources: unique(fact.sources.flatMap((id) => sourceTexts.get(id) ?? [])),
      compactTitle: compactName(title),
      compactNames: names.map(compactName),
    };
  });
}
