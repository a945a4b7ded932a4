/**
 * Per-tab page reports, kept where an MV3 service worker restart cannot lose them:
 * `storage.session` (in memory, cleared when the browser closes, never written to disk), or a
 * plain in-memory map where the browser has no session storage. Only the background writes it.
 */
import type { PageReport } from '@/src/messaging/protocol';
import { safePageReport } from './page-report';

/** The part of a `storage.StorageArea` the tab state needs. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Reports by tab id. */
export interface TabStates {
  get(tabId: number): Promise<PageReport | null>;
  set(tabId: number, report: PageReport): Promise<void>;
  clear(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `tab-state:${tabId}`;

/** Tab states in `area`, or in memory when `area` is undefined. */
export function createTabStates(area: SessionArea | undefined): TabStates {
  if (!area) {
    const memory = new Map<number, PageReport>();
    return {
      get: async (tabId) => memory.get(tabId) ?? null,
      set: async (tabId, report) => void memory.set(tabId, report),
      clear: async (tabId) => void memory.delete(tabId),
    };
  }
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      const stored = (await area.get(key))[key];
      // A report stored by an older version that no longer parses is treated as absent.
      return safePageReport(stored) ?? null;
    },
    set: (tabId, report) => area.set({ [keyOf(tabId)]: report }),
    clear: (tabId) => area.remove(keyOf(tabId)),
  };
}
