/**
 * What a relevant page discusses and which facts it names: topics are ranked by how many
 * standing, non-boilerplate matches point at them (a term's own topics plus its facts' topics);
 * facts by how many of their triggers matched. Ties keep the fixed topic order and lexicon order
 * so the output is stable. Which cards the page then gets is decided in `src/cards/`.
 */
import { TOPICS } from '../vocabulary';
import type { LexEntry } from './lexicon';
import type { ConceptWeight, SubjectWeight, Topic } from './types';

/** Ranks topics and facts from the entries of the standing matches and their match counts. */
export function selectCards(matched: ReadonlyArray<readonly [LexEntry, number]>): {
  topics: Topic[];
  subjects: SubjectWeight[];
  concepts: ConceptWeight[];
  facts: string[];
} {
  const topicHits = new Map<Topic, number>();
  const conceptHits = new Map<string, number>();
  const factHits = new Map<string, number>();
  for (const [entry, n] of matched) {
    for (const topic of entry.topics) topicHits.set(topic, (topicHits.get(topic) ?? 0) + n);
    for (const c of entry.concepts) conceptHits.set(c, (conceptHits.get(c) ?? 0) + n);
    for (const fact of entry.factIds) factHits.set(fact, (factHits.get(fact) ?? 0) + n);
  }
  const concepts = [...conceptHits]
    .map(([concept, weight]) => ({ concept, weight }))
    .sort((a, b) => b.weight - a.weight || (a.concept < b.concept ? -1 : 1));
  const subjects = TOPICS.flatMap((topic) => {
    const weight = topicHits.get(topic);
    return weight === undefined ? [] : [{ topic, weight }];
  }).sort((a, b) => b.weight - a.weight);
  const facts = [...factHits.keys()].sort(
    (a, b) => (factHits.get(b) ?? 0) - (factHits.get(a) ?? 0),
  );
  return { topics: subjects.map((s) => s.topic), subjects, concepts, facts };
}
