/** The words of the extension's own pages in Japanese (keys as in `./en.ts`). */
import type { PagesCatalog } from './en';

export const jaPages: PagesCatalog = {
  'settings.language': '表示言語',
  'settings.languageAuto': 'ブラウザの言語（{lang}）',
};
