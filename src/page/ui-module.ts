/**
 * The card UI as its own module, built apart from the content script (see
 * `src/page/ui-module-build.ts`) and imported only once a page is found relevant: Preact, the
 * panel and floating card, floating-ui, the compact route map, quote re-anchoring and the
 * overlay's styles. Pages that never pass detection never load or parse any of it.
 * It uses no extension API; everything it asks of the background goes through `UiDeps`.
 */
import { OVERLAY_CSS } from '@/src/overlay/styles';
import { MAP_CSS } from '@/src/ui/map/styles';
import type { Highlighter } from './highlighter';
import type { OverlayHost } from './host';
import type { LensUiHandle } from './lens';
import { LensUi, type UiDeps } from './lens-ui';

/**
 * The overlay's style sheet, adopted by the host's shadow root; the map's CSS is in it, since a
 * page's CSP may refuse `<style>` elements (see `src/ui/map/MapStyles.tsx`).
 */
export const css = `${OVERLAY_CSS}\n${MAP_CSS}`;

/** Mounts the overlay UI into a host. */
export function createUi(
  doc: Document,
  host: OverlayHost,
  deps: UiDeps,
  highlighter: Highlighter | null,
): LensUiHandle {
  return new LensUi(doc, host, deps, highlighter);
}
