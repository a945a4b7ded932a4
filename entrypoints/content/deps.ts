/**
 * The real implementations behind the lens: the gate and text map (here, in the page), the
 * analysis (detection, cards and recorded sightings, in the background, over messaging), the card UI (a module loaded on relevant pages
 * only) and the other messages to the background. Messaging failures never break the page; a
 * dead extension context shuts down.
 */
import { browser } from 'wxt/browser';
// The gate module itself, not the `@/src/detect` index: the index also pulls in the lexicon
// (src/detect/compiled.ts → src/facts/terms.ts, whose top-level parse of terms.json a bundler
// must keep), about 80 KB that only the background needs.
import { quickGate } from '@/src/detect/gate';
import { contentToBackground } from '@/src/messaging/protocol';
import type { LensDeps, LensUiModule } from '@/src/page/lens';
import { isContextInvalidated, remoteDetector } from '@/src/page/remote-detector';
import { buildTextMapInSlices } from '@/src/page/text-map';
import { withTimeout } from '@/src/util/timeout';

/** Longest wait for the route map's places and shapes. */
const MAP_DATA_TIMEOUT_MS = 8000;

/** Path of the card UI module in the extension (see `src/page/ui-module-build.ts`). */
const UI_MODULE = '/content-scripts/ui.js';

/** The module's URL. WXT types `getURL` for the files it knows; this one is built apart. */
const uiModuleUrl = () => (browser.runtime.getURL as (path: string) => string)(UI_MODULE);

/**
 * Most characters of a page's text sent for detection. Handing the message's text to the
 * browser takes the page's main thread tens of milliseconds per million characters on a slow
 * machine (`npm run bench:content -- --browser`, the 5 MB page), all in one task; the gate reads
 * the first 150,000 only, so a longer page is judged by its beginning anyway.
 */
const PAGE_TEXT_MAX_CHARS = 500_000;

/** Hooks the lifecycle provides. */
export interface LensHooks {
  onInvalidated(): void;
  turnOffSite(): void;
}

/** Builds the lens's dependencies. */
export function createLensDeps(hooks: LensHooks): LensDeps {
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
    // In slices: a page of hundreds of thousands of nodes would otherwise get a long task.
    buildTextMap: (root) => buildTextMapInSlices(root, { maxChars: PAGE_TEXT_MAX_CHARS }),
    analyze: (request) =>
      analyze(request).catch((error: unknown) => {
        failed(undefined)(error);
        throw error;
      }),
    loadUi: () => import(/* @vite-ignore */ uiModuleUrl()) as Promise<LensUiModule>,
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
