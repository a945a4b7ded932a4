/**
 * A page Chrome prerenders (speculation rules) runs content scripts before the user navigates
 * to it, in a frame whose id is not yet the tab's top frame's: the background refuses its
 * messages, and the page is not what the tab shows. So the lens waits until it is shown.
 */

/** Calls `start` now, or once the prerendered `doc` becomes the page the tab shows. */
export function whenShown(doc: Document, start: () => void): void {
  if (!(doc as Document & { prerendering?: boolean }).prerendering) {
    start();
    return;
  }
  doc.addEventListener('prerenderingchange', () => start(), { once: true });
}
