/**
 * The panel's list of matched terms: one entry per distinct term (as written on the page),
 * in order of first appearance, each remembering its occurrences so keyboard users can step
 * through them. Pure.
 */

/** The part of a page mark the list needs. */
export interface TermMatch {
  start: number;
  end: number;
  /** The card (fact id) the mark opens. */
  card: string;
}

/** One distinct term on the page. */
export interface TermEntry {
  /** Case-folded text, the identity of the entry. */
  key: string;
  /** The term as first written on the page. */
  label: string;
  /** Indexes into the match list, in page order. */
  occurrences: number[];
  /** Cards the occurrences open, first seen first. */
  cards: string[];
}

/** Groups `matches` (in page order) into distinct terms of `text`. */
export function termEntries(text: string, matches: readonly TermMatch[]): TermEntry[] {
  const byKey = new Map<string, TermEntry>();
  matches.forEach((match, index) => {
    const label = text.slice(match.start, match.end).replace(/\s+/g, ' ').trim();
    const key = label.toLocaleLowerCase();
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key, label, occurrences: [], cards: [] };
      byKey.set(key, entry);
    }
    entry.occurrences.push(index);
    if (!entry.cards.includes(match.card)) entry.cards.push(match.card);
  });
  return [...byKey.values()];
}

/** The occurrence to show after `current` (wrapping), for repeated activation of one term. */
export function nextOccurrence(entry: TermEntry, current: number | null): number {
  const at = current === null ? -1 : entry.occurrences.indexOf(current);
  return entry.occurrences[(at + 1) % entry.occurrences.length] as number;
}
