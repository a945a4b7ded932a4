/**
 * Detection for content scripts. The full lexicon (thousands of forms in five languages) is
 * compiled here once per background lifetime instead of in every relevant page, and the
 * detector's code stays warm across pages. Requests come from content scripts, which run next
 * to untrusted page code, so their shape and sizes are checked where they enter.
 */
import * as v from 'valibot';
import { detect } from '@/src/detect';
import { bundledLexicon } from '@/src/detect/compiled';
import type { Detection } from '@/src/detect/types';
import { type DetectRequest, MAX_DETECT_CHARS } from '@/src/messaging/protocol';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const DetectRequestSchema = v.strictObject({
  text: v.pipe(v.string(), v.maxLength(MAX_DETECT_CHARS)),
  zones: v.pipe(
    v.array(v.strictObject({ start: offset, end: offset, kind: v.literal('boilerplate') })),
    v.maxLength(100_000),
  ),
  sensitivity: v.picklist(['low', 'normal', 'high']),
});

/** The checked request; throws a readable error for anything else. */
export function parseDetectRequest(data: unknown): DetectRequest {
  const result = v.safeParse(DetectRequestSchema, data);
  if (!result.success) {
    const first = result.issues[0];
    const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`Bad detect request ${path}: ${first?.message ?? 'invalid'}`);
  }
  return result.output;
}

/** Detects over a content script's page text after checking the request. */
export function detectPage(data: unknown): Detection {
  const request = parseDetectRequest(data);
  return detect({ text: request.text, zones: request.zones }, { sensitivity: request.sensitivity });
}

/** How long after start-up the lexicon is compiled ahead of need. */
export const WARM_UP_DELAY_MS = 1000;

/**
 * Compiles the lexicon ahead of need, a moment after the background starts: late enough that
 * whatever woke it (the popup asking for the tab's facts, an alarm) is answered first, early
 * enough that the next relevant page usually finds it ready. A request that arrives before
 * compiles it itself; the compile happens once either way.
 */
export function warmDetector(
  schedule: (run: () => void) => void = (run) => setTimeout(run, WARM_UP_DELAY_MS),
): void {
  schedule(() => void bundledLexicon());
}

/**
 * Starts the compile as soon as a tab begins loading a page. In Chrome that event also wakes a
 * service worker that was asleep, so the lexicon is usually ready by the time the page's
 * content script asks (at document idle), instead of compiling while the page waits.
 */
export function warmOnPageLoad(change: { status?: string }): void {
  if (change.status === 'loading') warmDetector((run) => setTimeout(run, 0));
}
