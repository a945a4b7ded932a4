/**
 * Adds a constructed stylesheet to a document's (or shadow root's) adopted sheets from a
 * content script, in both engines. Chrome's isolated world sees the document's `adoptedStyleSheets` as usual. Firefox's
 * content scripts see it through an Xray wrapper that can be neither iterated nor assigned
 * (Firefox 140 ESR: "Accessing from Xray wrapper is not supported"), so there the page's own
 * array is changed in place through `wrappedJSObject`, with this world's own Array methods (a
 * page may have replaced its own). A page that took the property itself over keeps our sheet
 * out, and then the terms are marked without their colours, nothing worse.
 */

interface WithPageView {
  /** Firefox: the object as the page's own scripts see it. */
  wrappedJSObject?: { adoptedStyleSheets: CSSStyleSheet[] };
}

/** Adopts `sheet` into `doc` (or a shadow root); returns its remover, or null on failure. */
export function adoptSheet(doc: DocumentOrShadowRoot, sheet: CSSStyleSheet): (() => void) | null {
  try {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    // Firefox's Xray: fall through to the page's own array.
  }
  const page = (doc as DocumentOrShadowRoot & WithPageView).wrappedJSObject;
  if (!page) return null;
  // This world's own Array methods, applied to the page's array: the page may have replaced
  // its Array.prototype.push and splice.
  const { push, splice } = Array.prototype;
  try {
    push.call(page.adoptedStyleSheets, sheet);
  } catch {
    return null;
  }
  return () => {
    try {
      const sheets = page.adoptedStyleSheets;
      for (let i = sheets.length - 1; i >= 0; i--)
        if (sheets[i] === sheet) splice.call(sheets, i, 1);
    } catch {
      // The page changed its array; the sheet only styles our highlight names.
    }
  };
}
