/**
 * Starts the popup's script (`popup-app.js`) once the browser has shown the prerendered list.
 * Loaded with `async`, the script itself would often arrive first, and compiling and running
 * it would hold that frame back, on a busy machine by tens of milliseconds. The page
 * preloads the script, so waiting costs no fetch time.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { afterFirstPaint } from '@/src/popup/after-first-paint';

/** Longest wait for the first paint: a page in a hidden tab paints nothing and must still start. */
const PAINT_WAIT_MS = 250;

export default defineUnlistedScript(() =>
  afterFirstPaint(() => {
    const script = document.createElement('script');
    script.src = '/popup-app.js';
    document.body.append(script);
  }, PAINT_WAIT_MS),
);
