/**
 * The real implementations behind the lens: the text map (here, in the page, in slices), the
 * analysis (detection, cards and recorded sightings, in the background, over messaging), the
 * card UI (the module the gate started importing, mounted on relevant pages) and the other
 * messages to the background.
 * Messaging failures never break the page; a dead extension context shuts the lens down.
 */
import { browser } from 'wxt/browser';
import { contentToBackground } from '@/src/messaging/protocol';
import type { LensDeps, LensUiModule } from '@/src/page/lens';
import { isContextInvalidated, remoteDetector } from '@/src/page/remote-detector';
import { buildTextMapInSlices } from '@/src/page/text-map';
import { withTimeout } from '@/src/util/timeout';
import { UI_MODULE_PATH } from './paths';

/** Longest wait for the route map's places and shapes. */
const MAP_DATA_TIMEOUT_MS = 8000;

/** The module's URL (a per-session one in Chrome, see `wxt.config.ts`). */
const uiModuleUrl = () =>
  (browser.runtime.getURL as (path: string) => string)(`/${UI_MODULE_PATH}`);

/** Hooks the lens script provides. */
export interface LensHooks {
  onInvalidated(): void;
  turnOffSite(): void;
}

/**
 * Builds the lens's dependencies around the gate function the gate handed over and the card UI
 * module's import it started (used once; a failed one is imported again).
 */
export function createLensDeps(
  quickGate: (text: string) => boolean,
  uiModule: Promise<unknown> | undefined,
  hooks: LensHooks,
): LensDeps {
  let preloadedUi = uiModule as Promise<LensUiModule> | undefined;
  const failed =
    <T>(fallback: T) =>
    (error: unknown): T => {
      if (isContextInvalidated(error)) hooks.onInvalidated();
      return fallback;
    };
  const analyze = remoteDetector({
    send: (request) => contentToBackground.sendMessage('analyzePage', request),
  });
  return {
    quickGate,
    // In idle slices: a page of hundreds of thousands of nodes would otherwise get a long task.
    buildTextMap: (root) => buildTextMapInSlices(root),
    analyze: (request) =>
      analyze(request).catch((error: unknown) => {
        failed(undefined)(error);
        throw error;
      }),
    loadUi: () => {
      const module =
        preloadedUi ?? (import(/* @vite-ignore */ uiModuleUrl()) as Promise<LensUiModule>);
      preloadedUi = undefined;
      return module;
    },
    // The map's loading line gives way to "Could not load the map" rather than wait for good.
    fetchRouteMapData: () =>
      withTimeout(
        contentToBackground.sendMessage('getRouteMapData', undefined),
        MAP_DATA_TIMEOUT_MS,
        'The route map data',
      ).catch((error: unknown) => {
        failed(undefined)(error);
        throw error;
      }),
    forgetPage: () =>
      void contentToBackground.sendMessage('forgetPage', undefined).catch(failed(undefined)),
    openReport: (request) =>
      void contentToBackground.sendMessage('openReport', request).catch(failed(undefined)),
    turnOffSite: hooks.turnOffSite,
    cardsIn: (factIds, lang) =>
      contentToBackground.sendMessage('cardsIn', { factIds, lang }).catch((error: unknown) => {
        failed(undefined)(error);
        throw error;
      }),
  };
}
