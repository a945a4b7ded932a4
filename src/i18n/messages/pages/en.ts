/**
 * The words of the extension's own pages (report form, journal, settings) in English, merged
 * into `../en.ts`. Kept apart from the overlay's and the popup's so each part's words are
 * found, and changed, in one place.
 */
export const enPages = {
  'settings.language': 'Interface language',
  'settings.languageAuto': 'The browser’s language ({lang})',
} as const;

/** The pages' messages of one language. */
export type PagesCatalog = Record<keyof typeof enPages, import('../../translate').Message>;
