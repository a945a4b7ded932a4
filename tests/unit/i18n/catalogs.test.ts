/**
 * The interface catalogs: every message of English exists in every language with the same
 * placeholders and the plural forms that language's rules select, none is left in English,
 * and the interface language follows the settings, then the browser, then English.
 */
import { describe, expect, it } from 'vitest';
import { catalogs } from '@/src/i18n/messages';
import { en, type MessageKey } from '@/src/i18n/messages/en';
import { placeholders, translate } from '@/src/i18n/translate';
import { langOfTag, resolveUiLang } from '@/src/i18n/ui-lang';
import { LANGS } from '@/src/vocabulary';

/** Messages that are the same words in every language (names, punctuation, shapes). */
const SAME_EVERYWHERE = new Set<MessageKey>([
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

const keys = Object.keys(en) as MessageKey[];

describe('interface catalogs', () => {
  for (const lang of LANGS) {
    it(`${lang} has every message with the same placeholders`, () => {
      const catalog = catalogs[lang];
      expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        expect(placeholders(catalog[key]), `${lang} ${key}`).toEqual(placeholders(en[key]));
        const message = catalog[key];
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
    it(`${lang} leaves nothing in English`, () => {
      const left = keys.filter(
        (key) =>
          !SAME_EVERYWHERE.has(key) &&
          JSON.stringify(catalogs[lang][key]) === JSON.stringify(en[key]),
      );
      expect(left).toEqual([]);
    });
  }

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
