/**
 * Loads the popup's script (`popup-app.js`) once the browser has shown the prerendered list.
 * Loaded with `async`, or even preloaded, the script's 250 KB would arrive first and receiving
 * and compiling them would hold that frame back (`npm run bench:popup`: tens of milliseconds on
 * a busy machine); fetched afterwards, it is ready a few milliseconds later instead. Until it
 * has rendered, this script records the keys and row clicks the list does not yet answer.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { afterFirstPaint } from '@/src/popup/after-first-paint';
import { recordEarlyInput } from '@/src/popup/early-input';

/** Longest wait for the first paint: a page in a hidden tab paints nothing and must still start. */
const PAINT_WAIT_MS = 250;

export default defineUnlistedScript(() => {
  // Keys and clicks that come before the app has taken over are replayed by it.
  recordEarlyInput(window);
  afterFirstPaint(() => {
    const script = document.createElement('script');
    script.src = '/popup-app.js';
    document.body.append(script);
  }, PAINT_WAIT_MS);
});
