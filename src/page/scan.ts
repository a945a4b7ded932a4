/**
 * The pieces of one pass over the page: the gate, the text map, the analysis (in the
 * background), then Ranges for the answer's marks. They are passed in so the flow is the same
 * in the content script, the benchmark and the tests; `Lens.rescan` strings them together.
 */
import type { Zone } from '@/src/detect/types';
import type { PageAnswer, PageMark, PageRequest } from '@/src/messaging/protocol';
import { rangeForOffsets } from './ranges';

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
