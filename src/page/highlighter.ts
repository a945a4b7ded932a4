/**
 * Paints matched terms with the CSS Custom Highlight API, so the page's DOM is never touched
 * (wrapping text nodes breaks framework pages: facebook/react#11538).
 *
 * Styling: `::highlight()` rules only style the tree their sheet belongs to, so a rule in our
 * shadow root would not reach the article's text. The rules go into a constructed stylesheet
 * adopted by the document instead: `document.adoptedStyleSheets` adds no node to the DOM, and
 * constructed sheets are not subject to the page's `style-src` CSP, unlike a `<style>` element.
 */

/** Highlight registry names; unique enough not to collide with a page's own highlights. */
export const TERM_HIGHLIGHT = 'dprk-labor-lens-term';
export const ACTIVE_HIGHLIGHT = 'dprk-labor-lens-active';

const HIGHLIGHT_CSS = `
::highlight(${TERM_HIGHLIGHT}) { background-color: rgb(255 200 0 / 0.35); text-decoration: underline 2px rgb(200 120 0); text-underline-offset: 3px; }
::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgb(255 170 0 / 0.75); color: #111; }
@media (prefers-color-scheme: dark) {
  ::highlight(${TERM_HIGHLIGHT}) { background-color: rgb(255 200 0 / 0.3); text-decoration-color: rgb(255 190 80); }
}`;

/** A Firefox content script's view of a page object: the page's own, past the Xray wrapper. */
type Waivable<T> = T & { wrappedJSObject?: T };

/**
 * Adds a sheet with `css` to the document's adopted sheets and returns its removal. Firefox
 * shows a content script the page's document through an Xray wrapper, on which
 * `adoptedStyleSheets` can be neither read nor set (Mozilla bug 1928865); there the sheet is
 * made and adopted through the page's own objects instead. The page sees the sheet either way,
 * as it sees any adopted sheet; it only ever holds the highlight rules.
 */
function adoptSheet(doc: Document, css: string): () => void {
  const win = doc.defaultView as Window & typeof globalThis;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch (error) {
    const page = (doc as Waivable<Document>).wrappedJSObject;
    const pageWin = page?.defaultView as (Window & typeof globalThis) | null | undefined;
    if (!page || !pageWin) throw error;
    const sheet = new pageWin.CSSStyleSheet();
    sheet.replaceSync(css);
    page.adoptedStyleSheets.push(sheet);
    return () => {
      const list = page.adoptedStyleSheets;
      const at = list.indexOf(sheet);
      if (at >= 0) list.splice(at, 1);
    };
  }
}

/** Paints and clears the term highlights of one document. */
export interface Highlighter {
  /** Replaces all term highlights with `ranges`. */
  paint(ranges: readonly Range[]): void;
  /** Marks one range as the active term (its card is open), or none. */
  setActive(range: Range | null): void;
  /** Removes every highlight but keeps the styles, for a rescan. */
  clear(): void;
  /** Removes highlights and styles. */
  dispose(): void;
}

/** Whether this browser has the Custom Highlight API. */
export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS?.highlights === 'object';
}

/**
 * A highlighter for `doc`, or null without Custom Highlight support (the overlay still works
 * from its list of matched terms then). Styles are added on first paint, not before.
 */
export function createHighlighter(doc: Document): Highlighter | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || !supportsHighlights(win)) return null;
  const registry = win.CSS.highlights;
  let removeSheet: (() => void) | null = null;
  const ensureStyles = () => {
    removeSheet ??= adoptSheet(doc, HIGHLIGHT_CSS);
  };
  const clear = () => {
    registry.delete(TERM_HIGHLIGHT);
    registry.delete(ACTIVE_HIGHLIGHT);
  };
  return {
    paint(ranges) {
      clear();
      if (ranges.length === 0) return;
      ensureStyles();
      registry.set(TERM_HIGHLIGHT, new win.Highlight(...ranges));
    },
    setActive(range) {
      if (range) registry.set(ACTIVE_HIGHLIGHT, new win.Highlight(range));
      else registry.delete(ACTIVE_HIGHLIGHT);
    },
    clear,
    dispose() {
      clear();
      removeSheet?.();
      removeSheet = null;
    },
  };
}
