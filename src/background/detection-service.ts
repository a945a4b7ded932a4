/**
 * Keeps detection ready for content scripts. The full lexicon (thousands of forms in five
 * languages) is compiled here once per background lifetime instead of in every relevant page,
 * and ahead of need, so a page's analysis (`page-service.ts`) rarely waits for it.
 */
import { bundledLexicon } from '@/src/detect/compiled';

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
