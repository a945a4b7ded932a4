/**
 * One pass over the page: gate and text map (synchronous, in the page), then, once the
 * detector has answered, Ranges. The pieces are passed in so this flow is the same in the
 * content script, the benchmark and the tests; `Lens.rescan` strings them together.
 */
import type { Zone } from '@/src/detect/types';
import type { PageAnswer, PageMark, PageRequest } from '@/src/messaging/protocol';
import { rangeForOffsets } from './ranges';
import { CODE_ELEMENTS } from './text-map';

/** The text map's shape (see `src/page/text-map.ts`). */
export interface PageTextMap {
  text: string;
  nodes: Text[];
  starts: number[];
  zones?: Zone[];
}

/**
 * The gate, the text map and the analysis a scan uses. Analysis is asynchronous: in the
 * extension it runs in the background (see `src/page/remote-detector.ts`).
 */
export interface ScanDeps {
  quickGate(text: string): boolean;
  /** The text map; the content script builds it in slices, so it may come later. */
  buildTextMap(root: Element): PageTextMap | Promise<PageTextMap>;
  analyze(request: PageRequest): Promise<PageAnswer>;
}

/** A page found relevant, with a Range per mark (null where the text moved away). */
export interface RelevantScan {
  map: PageTextMap;
  answer: PageAnswer;
  ranges: (Range | null)[];
  /** Which ranges are painted (see `paintedMarks`); the others are reached from the term list. */
  painted: boolean[];
}

/**
 * Most characters of the body the gate looks at, so its cost is bounded on huge pages: about
 * 25,000 words of text, several times the longest news article with its page around it.
 */
export const GATE_SAMPLE_CHARS = 150_000;

/**
 * The gate's text: the title, then the body's text nodes in document order joined as
 * `textContent` joins them (no layout work, unlike innerText), up to the first text node that
 * reaches {@link GATE_SAMPLE_CHARS}. Reading node by node stops there, where `textContent`
 * would first copy all of a 5 MB page's text; and it leaves out scripts and styles, whose
 * inline data can be larger than the article and which the detector never sees.
 */
export function gateSample(doc: Document): string {
  const parts = [doc.title, '\n'];
  if (doc.body) {
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    let length = 0;
    for (
      let node = walker.nextNode();
      node && length < GATE_SAMPLE_CHARS;
      node = walker.nextNode()
    ) {
      if (CODE_ELEMENTS.has(node.parentNode?.nodeName ?? '')) continue;
      const text = (node as Text).data;
      parts.push(text);
      length += text.length;
    }
  }
  return parts.join('');
}

/** Whether the page has a body whose text passes the gate. */
export function pagePassesGate(doc: Document, quickGate: (text: string) => boolean): boolean {
  return doc.body !== null && quickGate(gateSample(doc));
}

/** The synchronous part of a scan: the gate and, only if it passes, the text map. */
export function mapIfGatePasses(
  doc: Document,
  deps: Pick<ScanDeps, 'quickGate'> & { buildTextMap(root: Element): PageTextMap },
): PageTextMap | null {
  const body = doc.body;
  return body && pagePassesGate(doc, deps.quickGate) ? deps.buildTextMap(body) : null;
}

/** Ranges for the marks of an answer about `map`'s text; null when the page is not relevant. */
export function relevantScan(map: PageTextMap, answer: PageAnswer): RelevantScan | null {
  if (!answer.relevant) return null;
  const ranges = answer.marks.map((m) => rangeForOffsets(map, m.start, wordEnd(map.text, m.end)));
  return { map, answer, ranges, painted: paintedMarks(answer.marks, ranges) };
}

/**
 * Which marks to paint: every occurrence of a strong term, and only the first visible one of
 * every other term. The same place marked in every paragraph is noise, not information; the
 * panel's term list still counts every occurrence and opens a card beside any of them.
 */
export function paintedMarks(
  marks: readonly PageMark[],
  ranges: readonly (Range | null)[],
): boolean[] {
  const seen = new Set<string>();
  return marks.map((m, i) => {
    if (ranges[i] === null) return false;
    if (m.strong) return true;
    if (seen.has(m.term)) return false;
    seen.add(m.term);
    return true;
  });
}

const LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{M}]/u;

/**
 * Where the word containing `end` ends, for alphabetic scripts: the lexicon's stems
 * (`worker*`) match only the stem, but the whole word ("workers") reads better highlighted.
 * Hangul and CJK text has no word spaces, so their matches are kept as they are.
 */
export function wordEnd(text: string, end: number): number {
  if (end === 0 || !LETTER.test(text[end - 1] as string)) return end;
  let i = end;
  while (i < text.length && i - end < 40 && LETTER.test(text[i] as string)) i++;
  return i;
}

/** True when a Range no longer covers text (its nodes were removed or emptied). */
export function isStale(range: Range | null): boolean {
  return range !== null && (range.collapsed || !range.startContainer.isConnected);
}
