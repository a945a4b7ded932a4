/** The words of the extension's own pages in Korean (keys as in `./en.ts`). */
import type { PagesCatalog } from './en';

export const koPages: PagesCatalog = {
  'settings.language': '인터페이스 언어',
  'settings.languageAuto': '브라우저 언어 ({lang})',
};
