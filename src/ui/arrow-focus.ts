/**
 * Arrow keys through a list of items (cards, terms): Down/Up move focus to the next or
 * previous item, Home/End to the first or last. Keys typed into a field are left alone, so
 * arrows in a text box still move the caret. Works inside a shadow root, where the document's
 * `activeElement` is the host.
 */

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => Math.min(count - 1, at + 1),
  ArrowUp: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/** The element with focus in `node`'s tree (its shadow root or its document). */
function focused(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/**
 * Handles `event` for the items matching `selector` inside `container`; returns true when it
 * moved focus (the caller's keydown handler can then stop there).
 */
export function moveFocusByArrows(
  event: KeyboardEvent,
  container: HTMLElement,
  selector: string,
): boolean {
  const move = MOVES[event.key];
  if (!move || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return false;
  const items = [...container.querySelectorAll<HTMLElement>(selector)];
  if (items.length === 0) return false;
  const active = focused(container);
  const at = items.findIndex((item) => item === active || item.contains(active));
  const next = items[at < 0 ? 0 : move(at, items.length)];
  if (!next || next === active) return false;
  event.preventDefault();
  next.focus();
  return true;
}
