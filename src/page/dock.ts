/**
 * Which side of the window the article leaves free, so the open panel docks there instead of
 * over the text being read. Reads the layout of the marked terms (they lie in the article),
 * falling back to the right side when they are not laid out.
 */
import type { DockSide } from '@/src/overlay/Panel';

/** The side away from the article's text: left when the marks sit in the window's right half. */
export function freeSide(doc: Document, ranges: readonly (Range | null)[]): DockSide {
  const width = doc.defaultView?.innerWidth ?? 0;
  if (width === 0) return 'right';
  let sum = 0;
  let count = 0;
  for (const range of ranges) {
    if (!range || count >= 20) continue;
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    sum += rect.left + rect.width / 2;
    count++;
  }
  if (count === 0) return 'right';
  return sum / count > width * 0.55 ? 'left' : 'right';
}
