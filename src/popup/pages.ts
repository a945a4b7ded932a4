/** The popup's page in each interface language: the build writes them, the background picks one. */
import type { Lang } from '../vocabulary';

/** The page of `lang` (`popup.html` is English, the others `popup-<lang>.html`). */
export const popupPageFile = (lang: Lang): string =>
  lang === 'en' ? 'popup.html' : `popup-${lang}.html`;
