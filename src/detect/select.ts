/**
 * Which cards a relevant page deserves: topics are ranked by how many standing, non-boilerplate
 * matches point at them (a term's own topics plus its facts' topics); facts by how many of their
 * triggers matched. Ties keep lexicon order so the output is stable.
 */

import { TOPICS } from '../vocabulary';
import type { LexEntry } from './lexicon';
import type { Topic } from './types';

const TOPIC_ORDER: readonly Topic[] = TOPICS;

/** Ranks topics and facts from the entries of the standing matches and their match counts. */
export function selectCards(matched: ReadonlyArray<readonly [LexEntry, number]>): {
  topics: Topic[];
  facts: string[];
} {
  const topicHits = new Map<Topic, number>();
  const factHits = new Map<string, number>();
  for (const [entry, n] of matched) {
    for (const topic of entry.topics) topicHits.set(topic, (topicHits.get(topic) ?? 0) + n);
    for (const fact of entry.factIds) factHits.set(fact, (factHits.get(fact) ?? 0) + n);
  }
  const topics = TOPIC_ORDER.filter((t) => topicHits.has(t)).sort(
    (a, b) => (topicHits.get(b) ?? 0) - (topicHits.get(a) ?? 0),
  );
  const facts = [...factHits.keys()].sort(
    (a, b) => (factHits.get(b) ?? 0) - (factHits.get(a) ?? 0),
  );
  return { topics, facts };
}
