/**
 * Runs a callback once the browser has presented the page's first contentful paint, or after
 * `waitMs` when no paint comes (a page in a hidden tab paints nothing). The popup uses it to
 * start its script only after the prerendered list is on screen: compiling and running the
 * script earlier would hold that frame back.
 */

/** Calls `run` once: at the first contentful paint, or after `waitMs` at the latest. */
export function afterFirstPaint(run: () => void, waitMs: number): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    run();
  };
  // Paint entries arrive once the frame has been presented, not merely drawn.
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) once();
  });
  observer.observe({ type: 'paint', buffered: true });
  const timer = setTimeout(once, waitMs);
}
