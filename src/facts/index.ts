/**
 * The bundled fact base: facts, sources and the gazetteer, validated once when first imported
 * and exposed with id and topic lookups. Everything that shows a fact (cards, popup, CLI,
 * detector's fact selection) reads it from here, so a bad data file fails loudly in one place.
 */

import { factRecords, placeRecords, sourceRecords } from './data';
import { type FactTexts, type SourceText, withText } from './fact-text';
import type { Fact, Place, Source, Topic } from './schema';
import { type FactBaseData, type RawFactBase, validateFactBase } from './validate';

export * from './schema';
export { type FactBaseData, FactBaseError, type RawFactBase, referenceProblems } from './validate';

/** A checked fact base with constant-time lookups. */
export interface FactBase extends FactBaseData {
  factById(id: string): Fact | undefined;
  sourceById(id: string): Source | undefined;
  placeById(id: string): Place | undefined;
  /** Facts of one topic, in data-file order. */
  factsByTopic(topic: Topic): Fact[];
  /** The main source to cite for a fact (its first source). */
  mainSource(fact: Fact): Source | undefined;
  /**
   * The sources' perspectives in the language of the facts' texts, by source id, when
   * {@link withFactTexts} gave the facts another language's texts (the sources stay as cited).
   */
  sourceTexts?: Record<string, SourceText>;
}

/** The data files as shipped, before validation. */
export const bundledData: RawFactBase = {
  facts: factRecords,
  sources: sourceRecords,
  places: placeRecords,
};

/**
 * Validates raw collections (the bundled files by default) and indexes them.
 * Throws `FactBaseError` naming each bad record and field.
 */
export function loadFactBase(raw: RawFactBase = bundledData): FactBase {
  const data = validateFactBase(raw);
  const facts = new Map(data.facts.map((f) => [f.id, f]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const places = new Map(data.places.map((p) => [p.id, p]));
  return {
    ...data,
    factById: (id) => facts.get(id),
    sourceById: (id) => sources.get(id),
    placeById: (id) => places.get(id),
    factsByTopic: (topic) => data.facts.filter((f) => f.topic === topic),
    mainSource: (fact) =>
      fact.sources[0] === undefined ? undefined : sources.get(fact.sources[0]),
  };
}

/** The bundled fact base, validated on first import. */
export const factBase: FactBase = loadFactBase();

/** Shorthands on the bundled fact base. */
export const factById = (id: string): Fact | undefined => factBase.factById(id);
export const sourceById = (id: string): Source | undefined => factBase.sourceById(id);
export const placeById = (id: string): Place | undefined => factBase.placeById(id);
export const factsByTopic = (topic: Topic): Fact[] => factBase.factsByTopic(topic);

/**
 * `base` with every fact's card text from `texts` (one language's table; facts it lacks stay
 * in English) and the table's source perspectives as `sourceTexts`: the popup lists, searches
 * and shows facts in the interface language this way. Ids, dates, places and sources are the
 * same facts'.
 */
export function withFactTexts(base: FactBase, texts: FactTexts | undefined): FactBase {
  if (!texts) return base;
  const facts = base.facts.map((f) => withText(f, texts.facts[f.id]));
  const byId = new Map(facts.map((f) => [f.id, f]));
  return {
    ...base,
    facts,
    sourceTexts: texts.sources,
    factById: (id) => byId.get(id),
    factsByTopic: (topic) => facts.filter((f) => f.topic === topic),
  };
}
