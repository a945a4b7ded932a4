/**
 * The content script the manifest injects into every http(s) page, `content-scripts/content.js`:
 * the gate and nothing else. It carries no browser-API polyfill, no framework and no settings
 * code, only the gate's needles, its reader and a DOM watcher (`src/page/gate-watch.ts`). When
 * some of the page's text names North Korea it imports the real content script
 * (`./lens-script.ts`, a web-accessible module) and hands it the gate; until then it reads no
 * settings, sends no message and loads nothing.
 */
import { browser } from 'wxt/browser';
// The gate module itself, not the `@/src/detect` index, which also pulls in the lexicon.
import { quickGate } from '@/src/detect/gate';
import { watchUntilGatePasses } from '@/src/page/gate-watch';
import type { startLens } from './lens-script';
import { LENS_MODULE_PATH } from './paths';

/** Marks this script world as running, so a second injection does nothing. */
const RUNNING = Symbol.for('dprk-labor-lens.content');

/** Imports the lens and starts it; a dead extension context (an update) loads nothing. */
function loadLens(): void {
  let url: string;
  try {
    url = (browser.runtime.getURL as (path: string) => string)(`/${LENS_MODULE_PATH}`);
  } catch {
    return;
  }
  import(/* @vite-ignore */ url).then(
    (module: { startLens: typeof startLens }) => module.startLens({ quickGate }),
    (error: unknown) => console.error('DPRK Labor Lens: could not load its content script', error),
  );
}

const scope = globalThis as { [RUNNING]?: boolean };
if (!scope[RUNNING] && document.documentElement) {
  scope[RUNNING] = true;
  watchUntilGatePasses(document, quickGate, loadLens);
}
