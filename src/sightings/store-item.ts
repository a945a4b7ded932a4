/**
 * The journal in `storage.local`, as one versioned item. Only the background's store writes it
 * (see `store.ts`) and is the only code that defines this item, because defining it runs the
 * migrations: pages watch the key `local:sightings` to refresh their lists. A stored value of an
 * older version is migrated by WXT when the background starts, before anyone reads it.
 */
import { storage } from '@wxt-dev/storage';
import { DOCUMENT_VERSION, MIGRATIONS, type Migration } from './document';
import type { Sighting } from './model';
import type { SightingsBackend } from './store';

/**
 * WXT's migrations for the stored list, built from the document migration chain: the item's
 * version is the document version, and upgrading the stored list from version `n` runs the
 * same step an imported file of version `n` goes through.
 */
export function storageMigrations(
  chain: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = DOCUMENT_VERSION,
): Record<number, (old: unknown[]) => unknown[]> {
  const steps: Record<number, (old: unknown[]) => unknown[]> = {};
  for (let to = 2; to <= current; to++) {
    const step = chain[to - 1];
    if (!step) throw new Error(`No migration of sightings from version ${to - 1}`);
    steps[to] = (old) => step({ version: to - 1, sightings: old }).sightings;
  }
  return steps;
}

/** The journal item: the list of sightings in `local:sightings`. */
export const sightingsItem = storage.defineItem<Sighting[]>('local:sightings', {
  fallback: [],
  version: DOCUMENT_VERSION,
  migrations: storageMigrations(),
});

/** The store backend bound to {@link sightingsItem}. */
export const sightingsStorageBackend: SightingsBackend = {
  read: () => sightingsItem.getValue(),
  write: (sightings) => sightingsItem.setValue(sightings),
};
