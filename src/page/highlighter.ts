/**
 * Paints matched terms with the CSS Custom Highlight API, so the page's DOM is never touched
 * (wrapping text nodes breaks framework pages: facebook/react#11538).
 *
 * Styling: `::highlight()` rules only style the tree their sheet belongs to, so a rule in our
 * shadow root would not reach the article's text. The rules go into a constructed stylesheet
 * adopted by the document instead: `document.adoptedStyleSheets` adds no node to the DOM, and
 * constructed sheets are not subject to the page's `style-src` CSP, unlike a `<style>` element.
 *
 * Those rules apply to every element, so adopting them makes the browser restyle the whole
 * document in one task: about 5 µs an element in Chromium (10–15 ms for a 2,000-element
 * article, 0.35–0.7 s for a 100,000-element forum page). On a page past
 * {@link EAGER_STYLES_MAX_TEXT_NODES} the styles therefore wait for the user's first open term
 * (`setActive`), an action the user takes and expects to cost a moment.
 */
import { adoptSheet } from './adopt-sheet';

/** Highlight registry names; unique enough not to collide with a page's own highlights. */
export const TERM_HIGHLIGHT = 'dprk-labor-lens-term';
export const ACTIVE_HIGHLIGHT = 'dprk-labor-lens-active';

const HIGHLIGHT_CSS = `
::highlight(${TERM_HIGHLIGHT}) { background-color: rgb(255 200 0 / 0.35); text-decoration: underline 2px rgb(200 120 0); text-underline-offset: 3px; }
::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgb(255 170 0 / 0.75); color: #111; }
@media (prefers-color-scheme: dark) {
  ::highlight(${TERM_HIGHLIGHT}) { background-color: rgb(255 200 0 / 0.3); text-decoration-color: rgb(255 190 80); }
}`;

/**
 * Text nodes past which a page's term highlights are shown only once the user opens a term:
 * about 5,000 elements, whose restyle takes some 25 ms here.
 */
export const EAGER_STYLES_MAX_TEXT_NODES = 10_000;

/** Paints and clears the term highlights of one document. */
export interface Highlighter {
  /**
   * Replaces all term highlights with `ranges`. With `stylesNow` false (a huge page) they are
   * registered but coloured only from the first {@link setActive} on.
   */
  paint(ranges: readonly Range[], stylesNow?: boolean): void;
  /** Marks one range as the active term (its card is open), or none; adopts the styles. */
  setActive(range: Range | null): void;
  /** False while painted terms wait for their colours (a huge page, before a term is opened). */
  readonly coloured: boolean;
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
  /** Whether the styles were asked for (a page that keeps our sheet out leaves them off). */
  let stylesTried = false;
  const ensureStyles = () => {
    stylesTried = true;
    if (removeSheet) return;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    removeSheet = adoptSheet(doc, sheet);
  };
  const clear = () => {
    registry.delete(TERM_HIGHLIGHT);
    registry.delete(ACTIVE_HIGHLIGHT);
  };
  return {
    get coloured() {
      return stylesTried || !registry.has(TERM_HIGHLIGHT);
    },
    paint(ranges, stylesNow = true) {
      clear();
      if (ranges.length === 0) return;
      if (stylesNow) ensureStyles();
      registry.set(TERM_HIGHLIGHT, new win.Highlight(...ranges));
    },
    setActive(range) {
      if (!range) {
        registry.delete(ACTIVE_HIGHLIGHT);
        return;
      }
      ensureStyles();
      registry.set(ACTIVE_HIGHLIGHT, new win.Highlight(range));
    },
    clear,
    dispose() {
      clear();
      removeSheet?.();
      removeSheet = null;
    },
  };
}
