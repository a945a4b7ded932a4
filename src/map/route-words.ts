/**
 * The route map's and timeline's words in the interface language: route names, the notes on
 * their periods of use, and the short names drawn beside timeline marks. The route data
 * (`./routes.ts`, `./timeline-events.ts`) stays English, the project's source language; this
 * module is the one place that maps it to catalog keys, and a unit test checks every route,
 * note and timeline fact has one.
 */
import { en, type MessageKey } from '@/src/i18n/messages/en';
import { translate } from '@/src/i18n/translate';
import type { Lang } from '@/src/vocabulary';
import type { RouteDef } from './routes';

/** The catalog key of each period note, by its English text in `ROUTES`. */
export const PERIOD_NOTE_KEYS: Readonly<Record<string, MessageKey>> = {
  'bridge opened': 'journalMap.note.bridgeOpened',
  'passenger trains stopped': 'journalMap.note.passengerStopped',
  'twice a month': 'journalMap.note.twiceMonthly',
  'running again': 'journalMap.note.runningAgain',
  'closed about 2007': 'journalMap.note.closed2007',
  'one informant': 'journalMap.note.oneInformant',
  resumed: 'journalMap.note.resumed',
  Vladivostok: 'journalMap.note.vladivostok',
  Moscow: 'journalMap.note.moscow',
};

/** `key` as a catalog key, or null when the catalogs lack it (ids come from data). */
export function catalogKey(key: string): MessageKey | null {
  return Object.hasOwn(en, key) ? (key as MessageKey) : null;
}

/** A route's name in `lang`; the data's English name for a route the catalogs lack. */
export function routeName(route: Pick<RouteDef, 'id' | 'name'>, lang: Lang = 'en'): string {
  const key = catalogKey(`journalMap.route.${route.id}`);
  return key ? translate(lang, key) : route.name;
}

/** A period note in `lang`; the English note when the catalogs lack it. */
export function periodNote(note: string, lang: Lang = 'en'): string {
  const key = PERIOD_NOTE_KEYS[note];
  return key ? translate(lang, key) : note;
}

/** A timeline fact's short name in `lang`, or `fallback` for a fact the catalogs lack. */
export function shortName(factId: string, fallback: string, lang: Lang = 'en'): string {
  const key = catalogKey(`journalMap.short.${factId}`);
  return key ? translate(lang, key) : fallback;
}
