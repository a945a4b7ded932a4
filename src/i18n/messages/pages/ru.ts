/** The words of the extension's own pages in Russian (keys as in `./en.ts`). */
import type { PagesCatalog } from './en';

export const ruPages: PagesCatalog = {
  'settings.language': 'Язык интерфейса',
  'settings.languageAuto': 'Язык браузера ({lang})',
};
