/**
 * The popup's script, built as one self-contained file rather than as a module entry of
 * `popup.html`: every extra chunk was one more request before the popup could show anything,
 * and a module script holds back the page's first frame. The page shows its prerendered list
 * first and starts this script after that (`./popup-loader.ts`); `npm run bench:popup`
 * prints the time to that first frame next to a floor page's.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopup } from './popup/main';

export default defineUnlistedScript(() => startPopup());
