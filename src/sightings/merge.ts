/**
 * Merging imported sightings into the journal by id. The same record edited on two machines
 * comes back with two `updatedAt`s; the newer one wins and nothing else is touched. Records
 * are never deleted by an import.
 */
import type { Sighting } from './model';

/** The merged list and what the merge did, for the confirmation message. */
export interface MergeOutcome {
  merged: Sighting[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges `incoming` into `existing`: a new id is appended, a known id is replaced only when the
 * incoming copy has a strictly newer `updatedAt` (an equal or older copy leaves it unchanged).
 * The journal's order is kept; new records follow in file order.
 */
export function mergeSightings(
  existing: readonly Sighting[],
  incoming: readonly Sighting[],
): MergeOutcome {
  const index = new Map(existing.map((s, i) => [s.id, i]));
  const merged = [...existing];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const s of incoming) {
    const at = index.get(s.id);
    if (at === undefined) {
      index.set(s.id, merged.length);
      merged.push(s);
      added++;
    } else if (Date.parse(s.updatedAt) > Date.parse((merged[at] as Sighting).updatedAt)) {
      merged[at] = s;
      updated++;
    } else {
      unchanged++;
    }
  }
  return { merged, added, updated, unchanged };
}
