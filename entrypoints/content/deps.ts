/**
 * The real implementations behind the lens: detector, text map, overlay UI and messages to the
 * background. Messaging failures never break the page; a dead extension context shuts down.
 */
import { detect, quickGate } from '@/src/detect';
import { contentToBackground } from '@/src/messaging/protocol';
import { mountOverlay } from '@/src/overlay/mount';
import { OVERLAY_CSS } from '@/src/overlay/styles';
import type { LensDeps } from '@/src/page/lens';
import { buildTextMap } from '@/src/page/text-map';

/** Hooks the lifecycle provides. */
export interface LensHooks {
  onInvalidated(): void;
  turnOffSite(): void;
}

/** True for the error a content script gets once its extension was updated or removed. */
export function isContextInvalidated(error: unknown): boolean {
  return String((error as Error | undefined)?.message ?? error).includes('context invalidated');
}

/** Builds the lens's dependencies. */
export function createLensDeps(hooks: LensHooks): LensDeps {
  const failed =
    <T>(fallback: T) =>
    (error: unknown): T => {
      if (isContextInvalidated(error)) hooks.onInvalidated();
      return fallback;
    };
  return {
    css: OVERLAY_CSS,
    quickGate,
    buildTextMap: (root) => buildTextMap(root),
    detect: (input, options) => detect(input, options),
    mountOverlay,
    fetchCards: (factIds, lang) =>
      contentToBackground.sendMessage('getFactCards', { factIds, lang }).catch(failed([])),
    fetchSightingQuotes: () =>
      contentToBackground.sendMessage('getSightingQuotes', undefined).catch(failed([])),
    reportPage: (report) =>
      void contentToBackground.sendMessage('pageDetected', report).catch(failed(undefined)),
    openReport: (request) =>
      void contentToBackground.sendMessage('openReport', request).catch(failed(undefined)),
    turnOffSite: hooks.turnOffSite,
  };
}
