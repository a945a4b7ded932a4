/**
 * A place's kind in words ("border crossing") in the interface language, for the report form's
 * place hints and the map's place labels. Its own module so the overlay's map can use it
 * without bundling the gazetteer.
 */
import type { Place } from '@/src/facts/schema';
import { translate } from '@/src/i18n/translate';
import type { Lang } from '@/src/vocabulary';

/** `kind` in words in `lang`. */
export function placeKindWords(kind: Place['kind'], lang: Lang = 'en'): string {
  return translate(lang, `report.placeKind.${kind}`);
}
