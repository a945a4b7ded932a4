/**
 * Finds which highlighted term a click landed on. Custom Highlights create no elements, so
 * there is no event target to listen on: the click point is turned into a caret position and
 * checked against the ranges, then against their boxes (a caret position is also reported for
 * clicks in the empty space next to a line).
 */

interface CaretPoint {
  node: Node;
  offset: number;
}

/** The caret position under a viewport point, in either browser's API. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const pos = withPosition.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = withPosition.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function boxContains(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** Index of the range under the viewport point `(x, y)`, or -1. */
export function rangeIndexAtPoint(
  doc: Document,
  ranges: readonly Range[],
  x: number,
  y: number,
): number {
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i] as Range;
    if (range.startContainer.getRootNode() !== caret.node.getRootNode()) continue;
    if (range.isPointInRange(caret.node, caret.offset) && boxContains(range, x, y)) return i;
  }
  return -1;
}
