/**
 * The real content script, `content-scripts/lens.js`: an ES module the gate
 * (`./gate-script.ts`) imports only once the page names North Korea. It reads the settings
 * (live), runs the lens (`src/page/lens.ts`), follows in-app navigation and the back/forward
 * cache, and shuts down for good when the extension context goes away (an update or reload).
 * Built apart from WXT (see `./build.ts`), so `wxt/browser` here is the browser's own
 * promise-based API, not the polyfill.
 */
import { browser } from 'wxt/browser';
import { backgroundToContent } from '@/src/messaging/protocol';
import { Lens } from '@/src/page/lens';
import { watchLocation } from '@/src/page/location-watch';
import {
  loadSettings,
  settingsFromSnapshot,
  updateSettings,
  watchSettings,
} from '@/src/settings/items';
import type { Settings } from '@/src/settings/schema';
import { isActiveOn, withSiteOff } from '@/src/settings/site';
import { createLensDeps } from './lens-deps';

/**
 * What the gate hands over: its own gate function, so this module carries no needles, and
 * what it started when the page passed: the card UI module's import and a raw read of the
 * settings' storage keys (see `settingsFromSnapshot`).
 */
export interface GateHandoff {
  quickGate(text: string): boolean;
  uiModule?: Promise<unknown>;
  storedSettings?: Promise<Record<string, unknown>>;
}

/** True once the extension that injected this script was updated, reloaded or removed. */
const contextGone = () => {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
};

/** Starts the lens for this document; the gate calls it once. */
export function startLens(handoff: GateHandoff): void {
  // The page's own elements are never touched, a <dprk-labor-lens> it made itself included: a
  // host is only ever removed by the instance that made it.
  const stopped = new AbortController();
  let lens: Lens | null = null;
  const shutdown = () => {
    lens?.destroy();
    lens = null;
  };
  const invalidated = () => {
    if (stopped.signal.aborted) return;
    stopped.abort();
    unwatch();
    unlisten();
    shutdown();
  };
  const deps = createLensDeps(handoff.quickGate, handoff.uiModule, {
    onInvalidated: invalidated,
    turnOffSite: () =>
      void updateSettings((s) => withSiteOff(s, location.href, true)).catch(() => undefined),
  });
  // The first lens scans the page the gate has just passed without gating it again.
  let gatePassed = true;
  const apply = (settings: Settings) => {
    if (stopped.signal.aborted) return;
    if (contextGone()) return invalidated();
    if (!isActiveOn(settings, location.href)) return shutdown();
    if (!lens) {
      lens = new Lens(document, deps, settings.sensitivity);
      lens.start(gatePassed);
    } else {
      lens.setSensitivity(settings.sensitivity);
    }
    gatePassed = false;
  };

  let settings: Settings | null = null;
  const applyLatest = (next: Settings) => {
    const changed = settings === null || JSON.stringify(settings) !== JSON.stringify(next);
    settings = next;
    if (changed) apply(next);
  };
  // The gate's read, when it has one this build can use, starts the lens at once; the read
  // through the settings item follows anyway, for a change made between the gate's read and
  // the watch below. Only a failed read is passed over; a failure to start the lens is not.
  const early = handoff.storedSettings?.then(settingsFromSnapshot, () => null);
  (early ?? Promise.resolve(null))
    .then((value) => {
      if (value) applyLatest(value);
    })
    .finally(() => loadSettings().then(applyLatest, () => undefined));
  const unwatch = watchSettings(applyLatest);
  // The extension's command (Alt+Shift+L): only a page past the gate has a lens and a panel.
  const unlisten = backgroundToContent.onMessage('openPanel', () => lens?.openPanel() ?? false);

  // In-app navigation: the same rescan a DOM change asks for, so a view swapped together
  // with its URL is analysed once; a page off on one site may be on for the next URL.
  watchLocation(
    window,
    () => {
      if (!settings) return;
      if (!lens) apply(settings);
      else if (!isActiveOn(settings, location.href)) shutdown();
      else lens.navigated();
    },
    stopped.signal,
  );
  const listen = { signal: stopped.signal };
  window.addEventListener(
    'pagehide',
    (event) => {
      if (event.persisted) lens?.stop();
    },
    listen,
  );
  window.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) lens?.start();
    },
    listen,
  );
}
