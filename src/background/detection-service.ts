/**
 * Keeps the background's analysis ready for content scripts. The full lexicon (thousands of
 * forms in five languages) is compiled here once per background lifetime instead of in every
 * relevant page, and ahead of need; after it, a rehearsal analyses a made-up page once
 * (`rehearseAnalysis` in `page-service.ts`), so that the first real page does not pay for the
 * card ranking's first run (its lookups built, its code compiled): tens of milliseconds in a
 * worker that has just woken, which is the usual state when a reader opens the next article.
 */
import { bundledLexicon } from '@/src/detect/compiled';

/** How long after start-up the warm-up runs. */
export const WARM_UP_DELAY_MS = 1000;

/** Runs `run` after `ms` milliseconds (a timer in the background). */
export type Schedule = (run: () => void, ms: number) => void;

/** The background's warm-up, started once. */
export interface WarmUp {
  /** A tab changed: one that starts loading a page warms up at once. */
  onTabUpdated(change: { status?: string }): void;
}

/**
 * Starts the warm-up: a moment after start-up (late enough that whatever woke the worker is
 * answered first), and again as soon as a tab starts loading a page. In Chrome that event also
 * wakes a worker that was asleep, so the work is usually done by the time the page's content
 * script asks. The lexicon compiles once either way; `rehearse` runs once, in a task of its
 * own after the compile, so a page's request that arrived meanwhile is answered first. A
 * rehearsal that throws is reported and not tried again: the real analysis still works, only
 * slower the first time.
 */
export function startWarmUp(
  rehearse: () => unknown,
  schedule: Schedule = (run, ms) => void setTimeout(run, ms),
): WarmUp {
  let rehearsed = false;
  const warm = (delay: number) =>
    schedule(() => {
      bundledLexicon();
      if (rehearsed) return;
      schedule(() => {
        if (rehearsed) return;
        rehearsed = true;
        Promise.resolve()
          .then(rehearse)
          .catch((error: unknown) =>
            console.error('DPRK Labor Lens: the analysis warm-up failed', error),
          );
      }, 0);
    }, delay);
  warm(WARM_UP_DELAY_MS);
  return {
    onTabUpdated: (change) => {
      if (change.status === 'loading') warm(0);
    },
  };
}
