/**
 * The content script's side of detection in the background. A Chrome service worker may be
 * asleep (the message wakes it) or restarting (the message finds no listener for a moment),
 * so a failed request is retried a few times with growing pauses. A dead extension context is
 * not retried: it never comes back, and the caller shuts the content script down.
 */
import type { Detection } from '@/src/detect/types';
import { type DetectRequest, MAX_DETECT_CHARS } from '@/src/messaging/protocol';

/** Pauses before each retry, in milliseconds. */
export const RETRY_DELAYS_MS = [50, 250, 1000] as const;

/** True for the error a content script gets once its extension was updated or removed. */
export function isContextInvalidated(error: unknown): boolean {
  return String((error as Error | undefined)?.message ?? error).includes('context invalidated');
}

/** How the detector reaches the background. */
export interface RemoteDetectorOptions {
  send(request: DetectRequest): Promise<Detection>;
  /** Waits `ms`; tests pass an instant one. */
  sleep?: (ms: number) => Promise<void>;
  delays?: readonly number[];
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A detect function backed by the background. It rejects with the last error when every try
 * failed, and at once when the extension context is gone.
 */
export function remoteDetector(options: RemoteDetectorOptions) {
  const sleep = options.sleep ?? wait;
  const delays = options.delays ?? RETRY_DELAYS_MS;
  return async (request: DetectRequest): Promise<Detection> => {
    const bounded =
      request.text.length > MAX_DETECT_CHARS
        ? { ...request, text: request.text.slice(0, MAX_DETECT_CHARS) }
        : request;
    for (let attempt = 0; ; attempt++) {
      try {
        return await options.send(bounded);
      } catch (error) {
        const delay = delays[attempt];
        if (isContextInvalidated(error) || delay === undefined) throw error;
        await sleep(delay);
      }
    }
  };
}
