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
import { guardHost, repairHost } from './host-guard';

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

/**
 * Events a page script could fake at the overlay (`button.click()`, a dispatched keydown): in the
 * shadow root only the user's own, trusted, events reach the overlay's handlers, so a page can
 * neither open a card, report a sighting nor turn the extension off on its site. (A DOM without
 * `isTrusted`, like the unit tests' happy-dom, is treated as trusted.)
 */
const USER_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'toggle',
] as const;

/** A mounted host. */
export interface OverlayHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the overlay UI renders, inside the shadow root. */
  readonly container: HTMLElement;
  /**
   * Puts the host back where it belongs if the page removed or moved it (a framework
   * re-rendering the document), with the attributes it was made with.
   */
  ensureAttached(): void;
  /** True when `event` started inside this host (so page-level handlers can ignore it). */
  contains(event: Event): boolean;
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

/** Eight random hex digits (`getRandomValues` works on plain-http pages too, unlike `randomUUID`). */
function randomSuffix(): string {
  const [n = 0] = crypto.getRandomValues(new Uint32Array(1));
  return n.toString(16).padStart(8, '0');
}

/**
 * Makes the host element with its shadow root. A page that registered its own custom element
 * under our tag name (or attached a shadow root to it in that element's constructor) would make
 * `attachShadow` fail on `<dprk-labor-lens>`: the host then takes a name the page cannot have
 * registered in advance, and the page's element class is never ours.
 */
function makeHost(doc: Document): { element: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [HOST_TAG, `${HOST_TAG}-${randomSuffix()}`]) {
    const element = doc.createElement(tag);
    try {
      return { element, shadow: element.attachShadow({ mode: 'open' }) };
    } catch {
      // The page owns this name; try the next.
    }
  }
  throw new Error('The overlay host could not be created');
}

/** Creates the host with `css` in its shadow root and shows it in the top layer. */
export function createOverlayHost(doc: Document, css: string): OverlayHost {
  const { element, shadow } = makeHost(doc);
  element.setAttribute('popover', 'manual');
  adoptStyles(shadow, css);
  const container = doc.createElement('div');
  container.className = 'lens-root';
  shadow.append(container);
  const stop = (event: Event) => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, stop);
  const untrusted = (event: Event) => {
    if (event.isTrusted !== false) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of USER_EVENTS) shadow.addEventListener(type, untrusted, true);
  attach(doc, element);
  const unguard = guardHost(element);
  return {
    element,
    shadow,
    container,
    ensureAttached() {
      if (element.parentNode !== doc.documentElement) attach(doc, element);
      repairHost(element);
    },
    contains: (event) => event.composedPath().includes(element),
    destroy() {
      unguard();
      for (const type of ISOLATED_EVENTS) shadow.removeEventListener(type, stop);
      for (const type of USER_EVENTS) shadow.removeEventListener(type, untrusted, true);
      element.remove();
    },
  };
}
