/**
 * The stored settings item. Versioned from the start so that a later shape can migrate the
 * users' data instead of dropping it; every read goes through {@link repairSettings}.
 */
import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from './schema';

let item: WxtStorageItem<Settings, Record<string, unknown>> | undefined;

/**
 * The settings in `storage.local` (version 1), defined on first use: defining an item reads
 * storage at once, and the content script must not do that on pages that never need settings.
 */
export function settingsItem(): WxtStorageItem<Settings, Record<string, unknown>> {
  item ??= storage.defineItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 1,
  });
  return item;
}

/** The current settings, repaired if the stored value is damaged. */
export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem().getValue());
}

/**
 * Applies `change` to the current settings and stores the result. Rejects (and stores
 * nothing) when the write fails, so the options page can say so.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = repairSettings(change(await loadSettings()));
  await settingsItem().setValue(next);
  return next;
}

/** Calls `listener` with repaired settings whenever they change; returns the unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => listener(repairSettings(value)));
}
