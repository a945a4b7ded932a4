/**
 * Turns offsets in the text map's string back into DOM Ranges, the way hypothesis's
 * TextPosition anchors do: a binary search over the start offsets of the text nodes.
 * Text the map inserts between blocks (separators) belongs to no node; an offset that falls
 * there snaps to the next node (start) or the previous node's end (end).
 */

/** The part of a text map that range mapping needs. */
export interface NodeOffsets {
  nodes: readonly Text[];
  /** `starts[i]` is where `nodes[i]`'s data begins in the map's text; ascending. */
  starts: readonly number[];
}

/** Index of the last node starting at or before `offset`, or -1. */
export function nodeIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** A DOM boundary point: a text node and an offset inside its data. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** The boundary point for a start offset (separators snap forward). */
export function startPoint(map: NodeOffsets, offset: number): TextPoint | null {
  let i = Math.max(0, nodeIndexAt(map.starts, offset));
  for (; i < map.nodes.length; i++) {
    const node = map.nodes[i] as Text;
    const local = offset - (map.starts[i] as number);
    if (local < node.data.length) return { node, offset: Math.max(0, local) };
  }
  return null;
}

/** The boundary point for an end offset (separators snap back). */
export function endPoint(map: NodeOffsets, offset: number): TextPoint | null {
  const i = nodeIndexAt(map.starts, offset - 1);
  if (i < 0) return null;
  const node = map.nodes[i] as Text;
  return { node, offset: Math.min(node.data.length, offset - (map.starts[i] as number)) };
}

/**
 * A Range for `[start, end)` of the map's text, or null when the span covers no node text or
 * the nodes have left the document since the map was built.
 */
export function rangeForOffsets(map: NodeOffsets, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = startPoint(map, start);
  const to = endPoint(map, end);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}
