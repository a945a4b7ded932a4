/**
 * Keeps the overlay host as the extension made it while a page script works against it. The
 * page can reach the host element (it is in its DOM): it may set `style`, `hidden`, `inert` or
 * a class on it, drop or change its `popover` attribute, or call `hidePopover()`. Its styles
 * cannot win (the shadow root's `:host` rules are `!important`, which beats every outer rule),
 * but attributes and the popover's open state are not styles: the guard takes them back.
 *
 * A page that fights back (undoing each repair in its own MutationObserver) would otherwise turn
 * the two observers into an endless loop of microtasks that freezes the page; repairs are
 * therefore limited to a few per second, after which the guard waits for the next second.
 */

/** Repairs allowed in one second before the guard pauses. */
export const MAX_REPAIRS_PER_SECOND = 10;

/** Attributes the host carries; any other is the page's and is removed. */
const OWN_ATTRIBUTES: Record<string, string> = { popover: 'manual' };

function popoverOpen(element: HTMLElement): boolean {
  try {
    return element.matches(':popover-open');
  } catch {
    return true; // no popover support: nothing to reopen
  }
}

/** Puts the host's attributes and open state back; true when something was changed. */
export function repairHost(element: HTMLElement): boolean {
  let changed = false;
  for (const name of element.getAttributeNames()) {
    if (!(name in OWN_ATTRIBUTES)) {
      element.removeAttribute(name);
      changed = true;
    }
  }
  for (const [name, value] of Object.entries(OWN_ATTRIBUTES)) {
    if (element.getAttribute(name) !== value) {
      element.setAttribute(name, value);
      changed = true;
    }
  }
  if (element.isConnected && typeof element.showPopover === 'function' && !popoverOpen(element)) {
    try {
      element.showPopover();
      changed = true;
    } catch {
      // The document is not fully active; the next repair tries again.
    }
  }
  return changed;
}

/** Watches the host and repairs it; returns the function that stops watching. */
export function guardHost(element: HTMLElement, now: () => number = Date.now): () => void {
  const win = element.ownerDocument.defaultView;
  if (!win) return () => {};
  let windowStart = 0;
  let repairs = 0;
  let paused: number | undefined;
  let stopped = false;

  const observer = new win.MutationObserver(() => repair());
  const observe = () => observer.observe(element, { attributes: true });
  const onToggle = () => repair();

  function repair(): void {
    if (stopped || paused !== undefined) return;
    const t = now();
    if (t - windowStart >= 1000) {
      windowStart = t;
      repairs = 0;
    }
    if (repairs >= MAX_REPAIRS_PER_SECOND) {
      observer.disconnect();
      paused = win?.setTimeout(
        () => {
          paused = undefined;
          if (stopped) return;
          observe();
          repair();
        },
        1000 - (t - windowStart),
      );
      return;
    }
    if (repairHost(element)) repairs++;
  }

  observe();
  element.addEventListener('toggle', onToggle);
  return () => {
    stopped = true;
    observer.disconnect();
    if (paused !== undefined) win.clearTimeout(paused);
    element.removeEventListener('toggle', onToggle);
  };
}
