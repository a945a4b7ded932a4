/**
 * Starts the popup's script (`popup-app.js`) once the browser has shown the prerendered list.
 * Loaded with `async`, the script itself would often arrive first, and compiling and running
 * it would hold that frame back, on a busy machine by tens of milliseconds. The page
 * preloads the script, so waiting costs no fetch time.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/** Longest wait for the first paint: a page in a hidden tab paints nothing and must still start. */
const PAINT_WAIT_MS = 250;

export default defineUnlistedScript(() => {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    const script = document.createElement('script');
    script.src = '/popup-app.js';
    document.body.append(script);
  };
  // Paint entries arrive once the frame has been presented, not merely drawn.
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) start();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(start, PAINT_WAIT_MS);
});
