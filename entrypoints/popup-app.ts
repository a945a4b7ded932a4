/**
 * The popup's script, built as one self-contained file rather than as a module entry of
 * `popup.html`: every extra chunk is one more request the popup waits for before its first
 * frame (`npm run bench:popup` prints the difference against an empty extension page).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopup } from './popup/main';

export default defineUnlistedScript(() => startPopup());
