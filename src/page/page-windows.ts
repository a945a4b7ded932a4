/**
 * What of a page's text the background is asked about. An ordinary page goes whole, in one
 * request. A huge one (a 5 MB forum thread, an endless feed) would make one message of
 * millions of characters, which the page's main thread serialises in one long task; so its
 * text is cut into blocks at text-node boundaries, the blocks that pass the gate are taken
 * with a block of context on either side, and those stretches are packed into requests of at
 * most {@link WINDOW_MAX_CHARS}. Nothing that names North Korea is left out, wherever it is:
 * there is no cap on the page, only on each request. Each window is a text map of its own,
 * so the answer's offsets turn into Ranges without translation.
 */
import type { Zone } from '@/src/detect/types';
import { nodeIndexAt } from './ranges';
import type { PageTextMap } from './scan';

/** Most characters of one request; a page up to this size goes in one. */
export const WINDOW_MAX_CHARS = 262_144;

/** Size of the blocks the gate looks at on a larger page. */
export const BLOCK_CHARS = 32_768;

/** Characters of the previous block gated with a block, for a needle across the cut. */
const OVERLAP_CHARS = 128;

/** Options of {@link pageWindows}. */
export interface WindowOptions {
  /** True when the whole text already passed the gate (the first scan after the gate). */
  gated?: boolean;
  maxChars?: number;
  blockChars?: number;
  /** Longest run of gating before `pause`, in milliseconds (default 8). */
  sliceMs?: number;
  /** Gives the main thread back between slices (default: none). */
  pause?: () => Promise<void>;
}

/** A stretch `[from, to)` of the page's text. */
interface Span {
  from: number;
  to: number;
}

/**
 * Block boundaries: text offsets at text-node starts about `size` apart, and the end. A text
 * node longer than a block is cut inside, into blocks of its own.
 */
function blockCuts(map: PageTextMap, size: number): number[] {
  const cuts = [0];
  const { starts, nodes, text } = map;
  let last = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    if (start - last >= size) {
      last = start;
      cuts.push(start);
    }
    // Only a node longer than a block is cut inside; `last + size` then lies within it. A node
    // ends before the next one starts, so its length (a DOM read, slow 200,000 times over) is
    // read only where that gap is longer than a block.
    if ((starts[i + 1] ?? text.length) - start <= size) continue;
    const nodeEnd = start + (nodes[i] as Text).data.length;
    while (nodeEnd - start > size && nodeEnd - last > size) {
      last += size;
      cuts.push(last);
    }
  }
  if (text.length > last) cuts.push(text.length);
  return cuts;
}

/** The stretches to send: every block passing the gate, with a block of context each side. */
async function hotSpans(
  map: PageTextMap,
  quickGate: (text: string) => boolean,
  options: WindowOptions,
): Promise<Span[]> {
  const { blockChars = BLOCK_CHARS, sliceMs = 8, pause } = options;
  const cuts = blockCuts(map, blockChars);
  const blocks = cuts.length - 1;
  const hot: boolean[] = new Array(blocks).fill(false);
  let sliceEnd = performance.now() + sliceMs;
  for (let b = 0; b < blocks; b++) {
    const from = cuts[b] as number;
    hot[b] = quickGate(map.text.slice(Math.max(0, from - OVERLAP_CHARS), cuts[b + 1]));
    if (pause && performance.now() > sliceEnd) {
      await pause();
      sliceEnd = performance.now() + sliceMs;
    }
  }
  const spans: Span[] = [];
  for (let b = 0; b < blocks; b++) {
    if (!hot[b]) continue;
    const from = cuts[Math.max(0, b - 1)] as number;
    const to = cuts[Math.min(blocks, b + 2)] as number;
    const last = spans[spans.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else spans.push({ from, to });
  }
  return spans;
}

/** The spans cut to at most `max` characters each. */
function cutSpans(spans: readonly Span[], max: number): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    for (let from = span.from; from < span.to; from += max) {
      out.push({ from, to: Math.min(span.to, from + max) });
    }
  }
  return out;
}

/**
 * The text map of the spans, joined by line breaks. A span may begin inside a text node (a
 * node longer than a block); that node's start is then negative, which Range mapping takes.
 */
export function windowOf(map: PageTextMap, spans: readonly Span[]): PageTextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const zones: Zone[] = [];
  let offset = 0;
  for (const span of spans) {
    if (parts.length > 0) {
      parts.push('\n');
      offset += 1;
    }
    parts.push(map.text.slice(span.from, span.to));
    const shift = offset - span.from;
    for (
      let i = Math.max(0, nodeIndexAt(map.starts, span.from));
      i < map.nodes.length && (map.starts[i] as number) < span.to;
      i++
    ) {
      const start = map.starts[i] as number;
      if (start + (map.nodes[i] as Text).data.length <= span.from) continue;
      nodes.push(map.nodes[i] as Text);
      starts.push(start + shift);
    }
    for (const zone of map.zones ?? []) {
      const start = Math.max(zone.start, span.from);
      const end = Math.min(zone.end, span.to);
      if (start < end) zones.push({ ...zone, start: start + shift, end: end + shift });
    }
    offset += span.to - span.from;
  }
  return { text: parts.join(''), nodes, starts, zones };
}

/** Packs spans into windows of at most `max` characters; a span cut inside a node goes first. */
function pack(map: PageTextMap, spans: readonly Span[], max: number): PageTextMap[] {
  const windows: PageTextMap[] = [];
  let group: Span[] = [];
  let size = 0;
  const flush = () => {
    if (group.length > 0) windows.push(windowOf(map, group));
    group = [];
    size = 0;
  };
  for (const span of spans) {
    const length = span.to - span.from;
    const first = nodeIndexAt(map.starts, span.from);
    const startsInsideNode = first >= 0 && map.starts[first] !== span.from;
    if (group.length > 0 && (size + 1 + length > max || startsInsideNode)) flush();
    group.push(span);
    size += (group.length > 1 ? 1 : 0) + length;
  }
  flush();
  return windows;
}

/**
 * The windows of `map` to ask the background about, in page order; none when no text passes
 * the gate. Gating a huge page's blocks takes a while, so it runs in slices when `pause` is
 * given.
 */
export async function pageWindows(
  map: PageTextMap,
  quickGate: (text: string) => boolean,
  options: WindowOptions = {},
): Promise<PageTextMap[]> {
  const max = options.maxChars ?? WINDOW_MAX_CHARS;
  if (map.text.length <= max) return options.gated || quickGate(map.text) ? [map] : [];
  const spans = cutSpans(await hotSpans(map, quickGate, options), max);
  return pack(map, spans, max);
}
