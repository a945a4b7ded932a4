/**
 * Listing the journal: filters (direction, confidence, place, site, observed date range) and a
 * text search over the quote, notes, place names, title and URL. Search combines a plain
 * substring match, which finds short Korean, Chinese and Japanese words that fuzzy scoring
 * ranks poorly (단둥, 丹东), with fuse.js for typos ("Dandnog"); substring hits come first.
 */
import Fuse from 'fuse.js';
import { duplicateKey } from './duplicates';
import type { Confidence, Direction, ObservedDate, Sighting } from './model';

/** What the journal page can filter on; every field is optional and they combine with AND. */
export interface JournalFilter {
  query?: string;
  direction?: Direction;
  confidence?: Confidence;
  placeId?: string;
  site?: string;
  /** Observed between these dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; either may be open. */
  observedFrom?: string;
  observedTo?: string;
  /** Only records that share URL and quote with another. */
  duplicatesOnly?: boolean;
}

const SEARCH_KEYS = [
  { name: 'quote.exact', weight: 3 },
  { name: 'notes', weight: 2 },
  { name: 'place.name', weight: 2 },
  { name: 'origin.name', weight: 1 },
  { name: 'destination.name', weight: 1 },
  { name: 'routeLeg', weight: 1 },
  { name: 'page.title', weight: 1 },
  { name: 'page.url', weight: 1 },
];

/** The first and last day an observed date can mean ("2017-03" spans 2017-03-01..2017-03-31). */
export function observedInterval(d: ObservedDate): [string, string] {
  const parts = d.date.split('-');
  if (parts.length === 3) return [d.date, d.date];
  if (parts.length === 2) return [`${d.date}-01`, `${d.date}-31`];
  return [`${d.date}-01-01`, `${d.date}-12-31`];
}

function overlapsRange(s: Sighting, from?: string, to?: string): boolean {
  const [start, end] = observedInterval(s.observed);
  const lo = from ? observedInterval({ date: from, precision: 'approximate' })[0] : undefined;
  const hi = to ? observedInterval({ date: to, precision: 'approximate' })[1] : undefined;
  return (lo === undefined || end >= lo) && (hi === undefined || start <= hi);
}

/** The text a substring search looks in, lower-cased once. */
function haystack(s: Sighting): string {
  return [
    s.quote.exact,
    s.notes,
    s.place.name,
    s.origin?.name,
    s.destination?.name,
    s.routeLeg,
    s.page.title,
    s.page.url,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/**
 * Search indexes per journal list. The journal page keeps one list object between keystrokes,
 * so the fuse.js index and the lower-cased texts are built once per list, not per key.
 */
const indexes = new WeakMap<readonly Sighting[], { fuse: Fuse<Sighting>; texts: string[] }>();

function indexFor(list: readonly Sighting[]): { fuse: Fuse<Sighting>; texts: string[] } {
  let index = indexes.get(list);
  if (!index) {
    const options = { keys: SEARCH_KEYS, threshold: 0.35, ignoreLocation: true };
    index = { fuse: new Fuse(list as Sighting[], options), texts: list.map(haystack) };
    indexes.set(list, index);
  }
  return index;
}

/**
 * Records matching `query`: substring hits in journal order, then fuse.js hits by score. An
 * empty query returns the list unchanged.
 */
export function searchSightings(list: readonly Sighting[], query: string): Sighting[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...list];
  const { fuse, texts } = indexFor(list);
  const exact = list.filter((_, i) => texts[i]?.includes(q));
  const seen = new Set(exact.map((s) => s.id));
  const fuzzy = fuse
    .search(q)
    .map((r) => r.item)
    .filter((s) => !seen.has(s.id));
  return [...exact, ...fuzzy];
}

/** Applies every set field of `filter`; the text query last, so its ranking decides the order. */
export function filterSightings(list: readonly Sighting[], filter: JournalFilter): Sighting[] {
  const dupKeys = filter.duplicatesOnly ? duplicateKeyCounts(list) : undefined;
  const kept = list.filter(
    (s) =>
      (!filter.direction || s.direction === filter.direction) &&
      (!filter.confidence || s.confidence === filter.confidence) &&
      (!filter.placeId ||
        [s.place, s.origin, s.destination].some((p) => p?.placeId === filter.placeId)) &&
      (!filter.site || s.page.site === filter.site) &&
      overlapsRange(s, filter.observedFrom, filter.observedTo) &&
      (!dupKeys || (dupKeys.get(duplicateKey(s)) ?? 0) > 1),
  );
  if (!filter.query) return kept;
  // Search the whole list (its index is cached), then keep the records the filters let through.
  const allowed = new Set(kept.map((s) => s.id));
  return searchSightings(list, filter.query).filter((s) => allowed.has(s.id));
}

function duplicateKeyCounts(list: readonly Sighting[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of list) counts.set(duplicateKey(s), (counts.get(duplicateKey(s)) ?? 0) + 1);
  return counts;
}

/** Sort orders the journal offers. */
export type JournalOrder = 'observed-desc' | 'observed-asc' | 'created-desc' | 'updated-desc';

/** A sorted copy; ties keep journal order. Observed dates sort by the start of their interval. */
export function sortSightings(list: readonly Sighting[], order: JournalOrder): Sighting[] {
  const key = (s: Sighting) =>
    order.startsWith('observed')
      ? observedInterval(s.observed)[0]
      : order === 'created-desc'
        ? s.createdAt
        : s.updatedAt;
  const direction = order === 'observed-asc' ? 1 : -1;
  return [...list].sort((a, b) => (key(a) < key(b) ? -direction : key(a) > key(b) ? direction : 0));
}
