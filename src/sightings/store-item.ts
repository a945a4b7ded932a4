/**
 * The journal in `storage.local`, as one versioned item. Only the background's store writes it
 * (see `store.ts`); pages may watch it to refresh their lists. A stored value that no longer
 * matches the current shape is migrated by WXT on startup before anyone reads it.
 */
import { storage } from '@wxt-dev/storage';
import type { Sighting } from './model';
import type { SightingsBackend } from './store';

/** The journal item: the list of sightings in `local:sightings`. */
export const sightingsItem = storage.defineItem<Sighting[]>('local:sightings', {
  fallback: [],
  version: 1,
});

/** The store backend bound to {@link sightingsItem}. */
export const sightingsStorageBackend: SightingsBackend = {
  read: () => sightingsItem.getValue(),
  write: (sightings) => sightingsItem.setValue(sightings),
};
