/**
 * Content-script wiring: the gate first, then settings (live), SPA navigation, back/forward
 * cache, extension updates. Until the page passes the gate, nothing else runs: no settings are
 * read and no message is sent (`src/page/gate-watch.ts`). Everything about a page that passed
 * is in `src/page/lens.ts`.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quickGate } from '@/src/detect/gate';
import { backgroundToContent } from '@/src/messaging/protocol';
import { blockForgedStartEvents, isOwnLocationChange } from '@/src/page/forged-events';
import { watchUntilGatePasses } from '@/src/page/gate-watch';
import { Lens } from '@/src/page/lens';
import { loadSettings, updateSettings, watchSettings } from '@/src/settings/items';
import type { Settings } from '@/src/settings/schema';
import { isActiveOn, withSiteOff } from '@/src/settings/site';
import { createLensDeps } from './deps';

/** Marks this script world as running, so a second injection does nothing. */
const RUNNING = Symbol.for('dprk-labor-lens.content');

/**
 * Starts the lens for this document, once per script world. A page Chrome prerenders (speculation
 * rules) waits until the user actually navigates to it: until then it is not what the tab shows,
 * and the background takes a page's messages only from the tab's shown top frame.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  if ((document as Document & { prerendering?: boolean }).prerendering) {
    ctx.addEventListener(document, 'prerenderingchange', () => startContentScript(ctx), {
      once: true,
    });
    return;
  }
  const scope = globalThis as { [RUNNING]?: boolean };
  if (scope[RUNNING]) return;
  scope[RUNNING] = true;
  // The page's own elements are never touched, a <dprk-labor-lens> it made itself included: a
  // host is only ever removed by the instance that made it.
  const unblock = blockForgedStartEvents(
    window,
    // WXT keeps the event's name in a static field its types mark private.
    (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE,
    () => browser.runtime?.id !== undefined,
  );

  let lens: Lens | null = null;
  const shutdown = () => {
    lens?.destroy();
    lens = null;
  };
  const deps = createLensDeps({
    // ctx.abort runs the onInvalidated listeners below, which tear everything down.
    onInvalidated: () => ctx.abort('Extension context invalidated.'),
    turnOffSite: () =>
      void updateSettings((s) => withSiteOff(s, location.href, true)).catch(() => undefined),
  });
  // The first lens after the gate passed scans without gating the page again.
  let gatePassed = true;
  const apply = (settings: Settings) => {
    if (ctx.isInvalid) return;
    if (!isActiveOn(settings, location.href)) return shutdown();
    if (!lens) {
      lens = new Lens(document, deps, settings.sensitivity);
      lens.start(gatePassed);
    } else {
      lens.setSensitivity(settings.sensitivity);
    }
    gatePassed = false;
  };

  let settings: Settings | null = null;
  const applyLatest = (next: Settings) => {
    const changed = settings === null || JSON.stringify(settings) !== JSON.stringify(next);
    settings = next;
    if (changed) apply(next);
  };
  let unwatch = () => {};
  let unlisten = () => {};
  const gate = watchUntilGatePasses(document, quickGate, () => {
    loadSettings().then(applyLatest, () => undefined);
    unwatch = watchSettings(applyLatest);
    // The extension's command (Alt+Shift+L): only a page past the gate can have a panel.
    unlisten = backgroundToContent.onMessage('openPanel', () => lens?.openPanel() ?? false);
  });

  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    if (!isOwnLocationChange(event)) return;
    lens?.clear();
    // Not yet past the gate: the new view may be the relevant one.
    gate.recheck();
    if (settings) {
      if (!lens) apply(settings);
      // Give the SPA a frame to render the new view; the DOM watcher catches later renders.
      else ctx.requestAnimationFrame(() => void lens?.rescan());
    }
  });
  ctx.addEventListener(window, 'pagehide', (event) => {
    if ((event as PageTransitionEvent).persisted) lens?.stop();
  });
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) lens?.start();
  });
  ctx.onInvalidated(() => {
    unblock();
    gate.stop();
    unwatch();
    unlisten();
    shutdown();
    delete scope[RUNNING];
  });
}
