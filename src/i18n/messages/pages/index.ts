/**
 * The extension pages' five catalogs (report form, journal, settings), apart from the core ones
 * in `../index.ts`: only those pages import them. The others must have every key (the type says
 * so) and the same placeholders (the unit test says so).
 */
import type { Lang } from '../../../vocabulary';
import { enPages, type PagesCatalog } from './en';
import { jaPages } from './ja';
import { koPages } from './ko';
import { ruPages } from './ru';
import { zhPages } from './zh';

/** A key of the extension pages' messages. */
export type PageMessageKey = keyof typeof enPages;

/** Every page catalog, by language. */
export const pageCatalogs: Record<Lang, PagesCatalog> = {
  en: enPages,
  ko: koPages,
  ru: ruPages,
  zh: zhPages,
  ja: jaPages,
};
