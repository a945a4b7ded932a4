/** The words of the extension's own pages in simplified Chinese (keys as in `./en.ts`). */
import type { PagesCatalog } from './en';

export const zhPages: PagesCatalog = {
  'settings.language': '界面语言',
  'settings.languageAuto': '浏览器语言（{lang}）',
};
