/**
 * Notices in-app navigation (history.pushState, back and forward) on a page
 * the lens runs on. A content script cannot hook the page's own `history` (it runs in another
 * script world), so the address is compared on `popstate` and `hashchange` and once a second,
 * as WXT's location watcher does. A change of the fragment alone (an in-page link) is no
 * navigation. Pages that never passed the gate are not watched: a view they render later is
 * seen by the gate's DOM watcher.
 */

const withoutHash = (url: string) => url.split('#', 1)[0] as string;

/** How often the address is compared, in milliseconds. */
export const LOCATION_POLL_MS = 1000;

/** Calls `onChange` after the address (less its fragment) changed, until `signal` aborts. */
export function watchLocation(win: Window, onChange: () => void, signal: AbortSignal): void {
  let last = withoutHash(win.location.href);
  const check = () => {
    const now = withoutHash(win.location.href);
    if (now === last) return;
    last = now;
    onChange();
  };
  const timer = win.setInterval(check, LOCATION_POLL_MS);
  win.addEventListener('popstate', check, { signal });
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
