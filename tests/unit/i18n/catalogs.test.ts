/**
 * The interface catalogs: every message of English exists in every language with the same
 * placeholders and the plural forms that language's rules select, none is left in English,
 * and the interface language follows the settings, then the browser, then English.
 */
import { describe, expect, it } from 'vitest';
import { catalogs } from '@/src/i18n/messages';
import { en } from '@/src/i18n/messages/en';
import { pageCatalogs } from '@/src/i18n/messages/pages';
import { enPages } from '@/src/i18n/messages/pages/en';
import { pageTranslate } from '@/src/i18n/page-translate';
import { type Message, placeholders, translate } from '@/src/i18n/translate';
import { langOfTag, resolveUiLang } from '@/src/i18n/ui-lang';
import { LANGS, type Lang } from '@/src/vocabulary';

/** Messages that are the same words in every language (names, punctuation, shapes). */
const SAME_EVERYWHERE = new Set<string>([
  'ext.name',
  'quote',
  'list.separator',
  'why.withBand',
  'who.role',
  'date.withLabel',
  'badge.withKind',
  // Shapes of the extension pages and the map: a quote, a place and a date; a name and a kind.
  'report.savedSummary',
  'journalMap.routeLabel',
  'journalMap.placeLabel',
  'journalMap.period.withNote',
  'journalMap.eventText',
]);

/** The core catalogs (overlay, popup, background) and the extension pages' own. */
const SETS: {
  name: string;
  source: Record<string, Message>;
  all: Record<Lang, Record<string, Message>>;
}[] = [
  { name: 'core', source: en, all: catalogs },
  { name: 'pages', source: enPages, all: pageCatalogs },
];

describe('interface catalogs', () => {
  for (const { name, source, all } of SETS) {
    const keys = Object.keys(source);
    for (const lang of LANGS) {
      it(`${name}: ${lang} has every message with the same placeholders`, () => {
        const catalog = all[lang];
        expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
        for (const key of keys) {
          const message = catalog[key] as Message;
          expect(placeholders(message), `${lang} ${key}`).toEqual(
            placeholders(source[key] as Message),
          );
          if (typeof message !== 'string' && Object.keys(message).length > 1) {
            // A message that varies by number writes out every form the language's rules select.
            const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
            for (const category of categories)
              expect(message[category], `${lang} ${key} ${category}`).toBeTruthy();
          }
        }
      });
    }

    for (const lang of LANGS.filter((l) => l !== 'en')) {
      it(`${name}: ${lang} leaves nothing in English`, () => {
        const left = keys.filter(
          (key) =>
            !SAME_EVERYWHERE.has(key) &&
            JSON.stringify(all[lang][key]) === JSON.stringify(source[key]),
        );
        expect(left).toEqual([]);
      });
    }
  }

  it('keeps the pages’ keys apart from the core ones, and finds both for the pages', () => {
    expect(Object.keys(enPages).filter((key) => key in en)).toEqual([]);
    expect(pageTranslate('ru', 'settings.title')).toBe(pageCatalogs.ru['settings.title']);
    expect(pageTranslate('ru', 'panel.cards', { count: 3 })).toBe('3 карточки');
  });

  it('fills placeholders and chooses plural forms by the language', () => {
    expect(translate('en', 'panel.cards', { count: 1 })).toBe('1 context card');
    expect(translate('en', 'panel.cards', { count: 3 })).toBe('3 context cards');
    expect(translate('ru', 'panel.cards', { count: 1 })).toBe('1 карточка');
    expect(translate('ru', 'panel.cards', { count: 3 })).toBe('3 карточки');
    expect(translate('ru', 'panel.cards', { count: 5 })).toBe('5 карточек');
    expect(translate('ru', 'panel.cards', { count: 21 })).toBe('21 карточка');
    expect(translate('ko', 'panel.cards', { count: 2 })).toBe('맥락 카드 2장');
    expect(translate('en', 'popup.found', { count: 1234 })).toBe('1,234 facts found.');
    expect(translate('ru', 'popup.found', { count: 1234 })).toBe('Найдено 1\u00a0234 факта.');
  });
});

describe('interface language', () => {
  it('is the settings’ choice, else the first browser language we have, else English', () => {
    expect(resolveUiLang('ja', ['ko-KR'])).toBe('ja');
    expect(resolveUiLang('auto', ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(resolveUiLang('auto', ['zh-Hant-TW'])).toBe('zh');
    expect(resolveUiLang(undefined, ['fr', 'de'])).toBe('en');
    expect(langOfTag('ko_KR')).toBe('ko');
    expect(langOfTag('')).toBeNull();
  });
});
