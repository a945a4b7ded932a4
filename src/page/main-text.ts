/**
 * Picks the element that holds a page's article text, for reducing saved `.html` pages to
 * their main text (the `scan` CLI) the way a reader would: the largest `<article>`, else
 * `<main>` / `[role=main]`, else the element whose paragraphs hold the most text
 * (a small readability-style vote: each paragraph credits its parent fully and its grandparent
 * by half), else `<body>`. DOM-generic: works on a real DOM and on linkedom.
 */
import { buildTextMap, type TextMap } from './text-map';

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

function largest(elements: Iterable<Element>): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of elements) {
    const len = textLength(el);
    if (len > bestLength) {
      best = el;
      bestLength = len;
    }
  }
  return best;
}

function paragraphVote(doc: Document): Element | null {
  const votes = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p, pre, blockquote')) {
    const len = textLength(p);
    if (len < 25) continue;
    const parent = p.parentElement;
    if (parent) votes.set(parent, (votes.get(parent) ?? 0) + len);
    const grand = parent?.parentElement;
    if (grand) votes.set(grand, (votes.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestVote = 0;
  for (const [el, vote] of votes) {
    if (vote > bestVote) {
      best = el;
      bestVote = vote;
    }
  }
  return best;
}

/** The element holding the page's main text. */
export function findMainRoot(doc: Document): Element {
  const article = largest(doc.querySelectorAll('article'));
  if (article && textLength(article) > 200) return article;
  const main = doc.querySelector('main, [role="main"]');
  if (main && textLength(main) > 200) return main;
  return paragraphVote(doc) ?? doc.body ?? doc.documentElement;
}

/** The page's main text as a text map, with its boilerplate zones. */
export function mainTextMap(doc: Document): TextMap {
  return buildTextMap(findMainRoot(doc));
}
