/**
 * The sentences that decided a verdict: for each decisive anchor (the worker term at the heart
 * of a counted cluster), the sentence around it, so a reader sees why the page was judged about
 * labour abroad ("Why this page?") and `npm run scan` can print it. Pure string code over a
 * window of the text, so it costs the same on a 5 MB page as on a brief.
 */

/** A sentence of the text that the verdict rests on; offsets into the text, end exclusive. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/** How far from its anchor a sentence boundary is looked for, each way. */
const REACH = 320;
/** Longest evidence text kept (a sentence without full stops, a table row). */
const MAX_CHARS = 400;

const END = /[.!?。！？\n]/u;

/**
 * A breadcrumb trail ("북한 > 대북제재", "World › Asia"): a short line of section names, which
 * names the country but tells a reader nothing of why the page is about the workers.
 */
const TRAIL = /\s[>›»]\s/u;
const TRAIL_MAX = 80;

/** Reads `text[start, end)` of the whole text, however it is stored (one string, or chunks). */
export type TextSlicer = (start: number, end: number) => string;

/** The sentence around `[at, atEnd)`, within {@link REACH} units each way. */
function sentenceAround(slice: TextSlicer, length: number, at: number, atEnd: number): Evidence {
  const from = Math.max(0, at - REACH);
  const to = Math.min(length, atEnd + REACH);
  const window = slice(from, to);
  let s = at - from;
  while (s > 0 && !END.test(window[s - 1] as string)) s--;
  let e = atEnd - from;
  while (e < window.length && !END.test(window[e] as string)) e++;
  if (e < window.length && window[e] !== '\n') e++;
  let text = window.slice(s, e);
  const lead = text.length - text.trimStart().length;
  text = text.trim();
  const start = from + s + lead;
  if (text.length > MAX_CHARS) {
    const into = Math.max(0, at - start - MAX_CHARS / 2);
    text = text.slice(into, into + MAX_CHARS);
    return { start: start + into, end: start + into + text.length, text };
  }
  return { start, end: start + text.length, text };
}

/** The decisive sentences, in text order, each once; breadcrumb trails are left out. */
export function evidenceSentences(
  slice: TextSlicer,
  length: number,
  anchors: ReadonlyArray<readonly [start: number, end: number]>,
): Evidence[] {
  const found = new Map<number, Evidence>();
  for (const [start, end] of anchors) {
    const sentence = sentenceAround(slice, length, start, end);
    const trail = sentence.text.length <= TRAIL_MAX && TRAIL.test(sentence.text);
    if (sentence.text.length > 0 && !trail) found.set(sentence.start, sentence);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** A slicer over text kept as consecutive chunks (DOM text nodes), without joining them all. */
export function chunkSlicer(chunks: readonly string[]): TextSlicer {
  const starts: number[] = [];
  let at = 0;
  for (const c of chunks) {
    starts.push(at);
    at += c.length;
  }
  return (start, end) => {
    // The first chunk ending after `start`, by binary search: callers slice once per match.
    let lo = 0;
    let hi = chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) + (chunks[mid] as string).length <= start) lo = mid + 1;
      else hi = mid;
    }
    let out = '';
    for (let k = lo; k < chunks.length; k++) {
      const cs = starts[k] as number;
      const chunk = chunks[k] as string;
      const ce = cs + chunk.length;
      if (ce <= start) continue;
      if (cs >= end) break;
      out += chunk.slice(Math.max(0, start - cs), Math.min(chunk.length, end - cs));
    }
    return out;
  };
}
