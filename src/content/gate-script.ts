/**
 * The content script the manifest injects into every http(s) page, `content-scripts/content.js`:
 * the gate and nothing else. It carries no browser-API polyfill, no framework and no settings
 * code, only the gate's needles, its reader and a DOM watcher (`src/page/gate-watch.ts`). When
 * the page's text names North Korea and names work (workers, dispatch, restaurants), which every
 * page the detector can find relevant does, it imports the real content script
 * (`./lens-script.ts`, a web-accessible module) with the card UI module beside it and hands it
 * the gate and the settings read it starts at the same moment (the lens would otherwise wait
 * for it once loaded); until then it reads no settings, sends no message and loads nothing.
 */
// The gate module itself, not the `@/src/detect` index, which also pulls in the lexicon.
import { quickGate, subjectGate } from '@/src/detect/gate';
import { watchUntilGatePasses } from '@/src/page/gate-watch';
import { whenShown } from '@/src/page/prerender';
import { SETTINGS_KEY, SETTINGS_META_KEY } from '@/src/settings/storage-keys';
import type { startLens } from './lens-script';
import { LENS_MODULE_PATH, UI_MODULE_PATH } from './paths';

/** Marks this script world as running, so a second injection does nothing. */
const RUNNING = Symbol.for('dprk-labor-lens.content');

/** The part of the extension API the gate uses (promise-based in both browsers). */
interface RuntimeApi {
  runtime?: { id?: string; getURL(path: string): string };
  storage?: { local?: { get(keys: string[]): Promise<Record<string, unknown>> } };
}

/**
 * The extension API, looked up only once the gate has passed: in Chrome the first touch of
 * `chrome` sets up its bindings in the content script's world, a millisecond or more that a
 * page on another subject need not pay. (This is what `wxt/browser` picks, done late.)
 */
function extensionApi(): RuntimeApi | undefined {
  const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome;
}

/**
 * Starts reading the settings' keys raw, so they have arrived when the lens module has; the
 * lens repairs and checks what it gets (`settingsFromSnapshot`), and reads them itself when
 * this read fails or is missing.
 */
function readSettingsKeys(
  api: RuntimeApi | undefined,
): Promise<Record<string, unknown>> | undefined {
  try {
    const read = api?.storage?.local?.get([SETTINGS_KEY, SETTINGS_META_KEY]);
    read?.catch(() => undefined);
    return read;
  } catch {
    return undefined;
  }
}

/**
 * Imports the lens and starts it; a dead extension context (an update) loads nothing. The card
 * UI module is imported alongside, not after the lens has read the page: a page that passes the
 * gate is nearly always one the lens sends for analysis, and the overlay then finds it loaded.
 */
function loadLens(): void {
  let url: string;
  let uiUrl: string;
  let api: RuntimeApi | undefined;
  try {
    api = extensionApi();
    const runtime = api?.runtime;
    if (!runtime?.id) return;
    url = runtime.getURL(`/${LENS_MODULE_PATH}`);
    uiUrl = runtime.getURL(`/${UI_MODULE_PATH}`);
  } catch {
    return;
  }
  const storedSettings = readSettingsKeys(api);
  const uiModule: Promise<unknown> = import(/* @vite-ignore */ uiUrl);
  // The lens meets a failure when it mounts the UI (and imports again); none goes unhandled here.
  uiModule.catch(() => undefined);
  import(/* @vite-ignore */ url).then(
    (module: { startLens: typeof startLens }) =>
      module.startLens({ quickGate, uiModule, storedSettings }),
    (error: unknown) => console.error('DPRK Labor Lens: could not load its content script', error),
  );
}

const scope = globalThis as { [RUNNING]?: boolean };
if (!scope[RUNNING] && document.documentElement) {
  scope[RUNNING] = true;
  // A prerendered page reads its text now but loads the lens only once it is shown.
  watchUntilGatePasses(document, subjectGate(), () => whenShown(document, loadLens));
}
