/**
 * What the background knows about each tab: the content script's last page report, the badge
 * drawn from it, and when both go stale (tab closed, tab navigated to another page). Updates of
 * one tab run one after another, so a late "loading" event cannot undo a newer report.
 */
import type { PageReport } from '@/src/messaging/protocol';
import { type BadgeApi, type BadgeTitle, showBadge } from './badge';
import type { TabStates } from './tab-state';

/** What the service needs from the browser, injected so tests can use `fakeBrowser`. */
export interface TabServiceDeps {
  states: TabStates;
  badge: BadgeApi | undefined;
  /** The badge's tooltip in the interface language. */
  badgeTitle?: BadgeTitle;
  /** The active tab of the last focused window, when the caller names no tab. */
  activeTabId(): Promise<number | undefined>;
}

/** The tab-change fields the service reads (a subset of `tabs.onUpdated`'s `changeInfo`). */
export interface TabChange {
  status?: string;
  url?: string;
}

/** Per-tab state operations, called by the background's listeners and message handlers. */
export interface TabService {
  /** Stores the background's report on a tab's page and updates the badge. */
  pageAnalysed(tabId: number, report: PageReport): Promise<void>;
  /** The last report of `tabId` (the active tab when omitted), or null. */
  getTabState(tabId?: number): Promise<PageReport | null>;
  tabRemoved(tabId: number): Promise<void>;
  /** Clears a tab that started loading another page, or reloads the same one. */
  tabUpdated(tabId: number, change: TabChange): Promise<void>;
}

const withoutHash = (url: string) => url.split('#', 1)[0];

/** How the browsers say a tab no longer exists (Chrome, then Firefox). */
const TAB_GONE = /no tab with id|invalid tab id/i;

/**
 * True when `error` says the tab is gone: a reader may close a tab while its page's answer is
 * on its way, and the badge call then fails. That is not a fault to report.
 */
export function isTabGone(error: unknown): boolean {
  return error instanceof Error && TAB_GONE.test(error.message);
}

/** Builds the tab service over its dependencies. */
export function createTabService(deps: TabServiceDeps): TabService {
  const queues = new Map<number, Promise<void>>();
  const serial = (tabId: number, task: () => Promise<void>): Promise<void> => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
    queues.set(tabId, next);
    // The caller handles a failure of `next`; this copy of it must not count as unhandled.
    next.finally(() => queues.get(tabId) === next && queues.delete(tabId)).catch(() => undefined);
    return next;
  };
  const clear = async (tabId: number) => {
    await deps.states.clear(tabId);
    if (deps.badge) await showBadge(deps.badge, tabId, null, deps.badgeTitle);
  };

  return {
    async pageAnalysed(tabId, report) {
      return serial(tabId, async () => {
        await deps.states.set(tabId, report);
        if (!deps.badge) return;
        try {
          await showBadge(deps.badge, tabId, report, deps.badgeTitle);
        } catch (error) {
          if (!isTabGone(error)) throw error;
          // Closed meanwhile: its state goes with it, as when the browser says it closed.
          await deps.states.clear(tabId);
        }
      });
    },
    async getTabState(tabId) {
      const id = tabId ?? (await deps.activeTabId());
      if (id === undefined) return null;
      await queues.get(id);
      return deps.states.get(id);
    },
    tabRemoved(tabId) {
      return serial(tabId, () => deps.states.clear(tabId));
    },
    tabUpdated(tabId, change) {
      if (change.status !== 'loading' && change.url === undefined) return Promise.resolve();
      return serial(tabId, async () => {
        const known = await deps.states.get(tabId);
        if (!known) return;
        // A same-page change (fragment, or the SPA report already arrived) keeps the report.
        if (change.url !== undefined && withoutHash(change.url) === withoutHash(known.url)) return;
        await clear(tabId);
      });
    },
  };
}
