/**
 * Where the settings live in `storage.local`, in a module of its own so that the gate (which
 * carries no storage library) can start reading them the moment a page passes, while the lens
 * module is still being fetched, and `./items.ts` defines its item on the same key.
 */

/** The settings' key in `storage.local`. */
export const SETTINGS_KEY = 'settings';

/** The key `@wxt-dev/storage` keeps the item's metadata (its version `v`) under. */
export const SETTINGS_META_KEY = `${SETTINGS_KEY}$`;

/** The stored shape's version; a new shape raises it and adds a migration in `./items.ts`. */
export const SETTINGS_VERSION = 1;
