/**
 * The content script's side of the page analysis in the background. A Chrome service worker may
 * be asleep (the message wakes it) or restarting (the message finds no listener for a moment),
 * so a failed request is retried a few times with growing pauses, and the whole wait is
 * bounded: past {@link ANALYSIS_TIMEOUT_MS} the page simply gets no overlay. A dead extension
 * context is not retried: it never comes back, and the caller shuts the content script down.
 */
import { MAX_PAGE_CHARS, type PageAnswer, type PageRequest } from '@/src/messaging/protocol';
import { withTimeout } from '@/src/util/timeout';

/** Pauses before each retry, in milliseconds. */
export const RETRY_DELAYS_MS = [50, 250, 1000] as const;

/** Longest wait for an answer, retries included, before the scan gives up. */
export const ANALYSIS_TIMEOUT_MS = 10_000;

/** True for the error a content script gets once its extension was updated or removed. */
export function isContextInvalidated(error: unknown): boolean {
  return String((error as Error | undefined)?.message ?? error).includes('context invalidated');
}

/** How the detector reaches the background. */
export interface RemoteDetectorOptions {
  send(request: PageRequest): Promise<PageAnswer>;
  /** Waits `ms`; tests pass an instant one. */
  sleep?: (ms: number) => Promise<void>;
  delays?: readonly number[];
  timeoutMs?: number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * An analysis function backed by the background. It rejects with the last error when every try
 * failed, at once when the extension context is gone, and with a `TimeoutError` when the tries
 * take too long.
 */
export function remoteDetector(options: RemoteDetectorOptions) {
  const sleep = options.sleep ?? wait;
  const delays = options.delays ?? RETRY_DELAYS_MS;
  const timeoutMs = options.timeoutMs ?? ANALYSIS_TIMEOUT_MS;
  return async (request: PageRequest): Promise<PageAnswer> => {
    const bounded =
      request.text.length > MAX_PAGE_CHARS
        ? { ...request, text: request.text.slice(0, MAX_PAGE_CHARS) }
        : request;
    let done = false;
    const attempts = async (): Promise<PageAnswer> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await options.send(bounded);
        } catch (error) {
          const delay = delays[attempt];
          if (isContextInvalidated(error) || delay === undefined || done) throw error;
          await sleep(delay);
          // The scan gave up while this try waited: send nothing more.
          if (done) throw error;
        }
      }
    };
    try {
      return await withTimeout(attempts(), timeoutMs, 'The background');
    } finally {
      done = true;
    }
  };
}
