/**
 * Topic order and labels shared by every view that groups facts by topic.
 */
import { TOPIC_LABELS, type Topic } from '@/src/vocabulary';

export { TOPIC_LABELS };

/** A group of items of one topic. */
export interface TopicGroup<T> {
  topic: Topic;
  label: string;
  items: T[];
}

/**
 * Groups items by topic. Items arrive best first, so groups are ordered by their best item and
 * keep the items' order inside; the page's strongest topic comes first.
 */
export function groupByTopic<T extends { topic: Topic }>(items: readonly T[]): TopicGroup<T>[] {
  const groups = new Map<Topic, TopicGroup<T>>();
  for (const item of items) {
    let group = groups.get(item.topic);
    if (!group) {
      group = { topic: item.topic, label: TOPIC_LABELS[item.topic], items: [] };
      groups.set(item.topic, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
