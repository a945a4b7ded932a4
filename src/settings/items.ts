/**
 * The stored settings item. Versioned from the start so that a later shape can migrate the
 * users' data instead of dropping it; every read goes through {@link repairSettings}.
 */
import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from './schema';
import { SETTINGS_KEY, SETTINGS_META_KEY, SETTINGS_VERSION } from './storage-keys';

let item: WxtStorageItem<Settings, Record<string, unknown>> | undefined;

/**
 * The settings in `storage.local` (version 1), defined on first use: defining an item reads
 * storage at once, and the content script must not do that on pages that never need settings.
 */
export function settingsItem(): WxtStorageItem<Settings, Record<string, unknown>> {
  item ??= storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
  });
  return item;
}

/** The current settings, repaired if the stored value is damaged. */
export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem().getValue());
}

/**
 * The settings from a raw `storage.local` read of {@link SETTINGS_KEY} and
 * {@link SETTINGS_META_KEY} (the gate's, made before this module was loaded), repaired like
 * every read; null when the stored value is of another version than this build's, which only
 * {@link loadSettings} may read, since it runs the migrations.
 */
export function settingsFromSnapshot(snapshot: Record<string, unknown>): Settings | null {
  const value = snapshot[SETTINGS_KEY];
  if (value == null) return repairSettings(DEFAULT_SETTINGS);
  const meta = snapshot[SETTINGS_META_KEY] as { v?: unknown } | null | undefined;
  const version = meta?.v ?? 1;
  return version === SETTINGS_VERSION ? repairSettings(value) : null;
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
