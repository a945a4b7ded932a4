/**
 * The one element the extension adds to a page: `<dprk-labor-lens>`, with an open shadow root
 * holding the overlay (hypothesis's preact-container pattern, with Bitwarden's top-layer host).
 *
 * Why our own host rather than WXT's createShadowRootUi: the host must be a `popover="manual"`
 * element shown with `showPopover()` so it sits in the top layer above any page z-index; the
 * styles travel as a string inside the card UI module (no separate CSS file to expose); and the
 * overlay is mounted only after detection says the page is relevant, which keeps the host code
 * a few dozen lines.
 */

import { adoptSheet } from './adopt-sheet';

/** Tag name of the host element. */
export const HOST_TAG = 'dprk-labor-lens';

/** Events that must not reach the page's own listeners (site shortcuts, "type to search"). */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

/** A mounted host. */
export interface OverlayHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the overlay UI renders, inside the shadow root. */
  readonly container: HTMLElement;
  /** Puts the host back if the page removed it (e.g. a framework re-rendering `<body>`). */
  ensureAttached(): void;
  /** Removes the host and everything in it. */
  destroy(): void;
}

function adoptStyles(shadow: ShadowRoot, css: string): void {
  const win = shadow.ownerDocument.defaultView;
  try {
    if (!win) throw new Error('no window');
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    if (!adoptSheet(shadow, sheet)) throw new Error('not adopted');
  } catch {
    // Constructed sheets can be refused across script worlds; a <style> inside our own shadow
    // root is the equivalent that every engine accepts.
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

function attach(doc: Document, element: HTMLElement): void {
  // Appended to <html>, not <body>: frameworks that own <body> replace its children.
  doc.documentElement.append(element);
  if (typeof element.showPopover === 'function') {
    try {
      element.showPopover();
    } catch {
      // Already open, or the document is not fully active; the fixed position still applies.
    }
  }
}

/** Creates the host with `css` in its shadow root and shows it in the top layer. */
export function createOverlayHost(doc: Document, css: string): OverlayHost {
  const element = doc.createElement(HOST_TAG);
  element.setAttribute('popover', 'manual');
  const shadow = element.attachShadow({ mode: 'open' });
  adoptStyles(shadow, css);
  const container = doc.createElement('div');
  container.className = 'lens-root';
  shadow.append(container);
  const stop = (event: Event) => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, stop);
  attach(doc, element);
  return {
    element,
    shadow,
    container,
    ensureAttached() {
      if (!element.isConnected) attach(doc, element);
    },
    destroy() {
      for (const type of ISOLATED_EVENTS) shadow.removeEventListener(type, stop);
      element.remove();
    },
  };
}

/** True when `event` started inside our host (so page-level handlers can ignore it). */
export function isFromHost(event: Event): boolean {
  return event.composedPath().some((target) => (target as Element).localName === HOST_TAG);
}
