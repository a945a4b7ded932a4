/**
 * Turns what `src/extract` reads from a quote into the form's suggestion buttons. Extraction
 * runs over the quote with its prefix and suffix, because a monitor selects the key phrase
 * ("about 200 workers boarded a train") while the date or the direction often stands just
 * before or after it; each button names the words it came from.
 *
 * A date without a year is completed only from the reference `yearReference` chose (the page's
 * own date, else the card's fact date) and says so; without one it is offered as day and month
 * and the form asks for the year. Today's date is never used.
 */
import { type Candidate, extractCandidates } from '@/src/extract';
import { extractYearlessDates } from '@/src/extract/dates';
import { pageTranslate as translate } from '@/src/i18n/page-translate';
import type { ObservedDate, PlaceRef, SightingDraft, YearFrom } from '@/src/sightings/model';
import type { Lang } from '@/src/vocabulary';
import type { FormValues, PlaceInput } from './form-values';
import { sightingPlaceName } from './gazetteer';
import { countLabel, dateWords, directionChoice, observedLabel } from './labels';
import type { Suggestion } from './Suggestions';

function placeInput(ref: PlaceRef): PlaceInput {
  return {
    name: ref.name,
    ...(ref.placeId ? { placeId: ref.placeId } : {}),
    lat: ref.lat === undefined ? '' : String(ref.lat),
    lon: ref.lon === undefined ? '' : String(ref.lon),
  };
}

/** "16 March 2017 (year from the page's date)", "around 5 March 2017 (counted from …)". */
function inferredLabel(value: ObservedDate, reference: YearFrom, lang: Lang): string {
  const page = reference.source === 'page-date';
  const date = observedLabel({ date: value.date, precision: value.precision }, lang);
  if (value.precision === 'approximate') {
    return translate(
      lang,
      page ? 'report.suggest.countedFromPage' : 'report.suggest.countedFromFact',
      { date },
    );
  }
  return translate(lang, page ? 'report.suggest.yearFromPage' : 'report.suggest.yearFromFact', {
    date,
  });
}

function unique<T>(candidates: Candidate<T>[], key: (c: Candidate<T>) => string): Candidate<T>[] {
  const seen = new Set<string>();
  return candidates.filter((c) => !seen.has(key(c)) && seen.add(key(c)));
}

/**
 * The suggestions for a draft, in field order; empty when nothing could be read. `reference`
 * is the date a missing year may come from (see `src/sightings/year-reference.ts`); `lang` is
 * the interface language the buttons are worded in.
 */
export function suggestionsFor(
  draft: Pick<SightingDraft, 'page' | 'quote'>,
  reference: YearFrom | null,
  lang: Lang = 'en',
): Suggestion[] {
  const { quote, page } = draft;
  const context = `${quote.prefix}${quote.exact}${quote.suffix}`;
  const found = extractCandidates(context, {
    lang: page.lang,
    ...(reference ? { referenceDate: reference.date } : {}),
  });
  const yearless = reference ? [] : extractYearlessDates(context);
  const byValue = <T>(c: Candidate<T>) => JSON.stringify(c.value);
  return [
    ...unique(found.dates, byValue).map<Suggestion>((c) => {
      const inferred = c.value.inferredYear === true && reference !== null;
      return {
        field: 'observed',
        label:
          inferred && reference
            ? inferredLabel(c.value, reference, lang)
            : observedLabel(c.value, lang),
        source: c.text,
        apply: (v: FormValues) => ({
          ...v,
          date: c.value.date,
          precision: c.value.precision,
          inferredYear: inferred,
          ...(inferred ? { yearFrom: reference } : { yearFrom: undefined }),
          yearPrompt: undefined,
        }),
      };
    }),
    ...unique(yearless, byValue).map<Suggestion>((c) => ({
      field: 'observed',
      label: translate(lang, 'report.suggest.noYear', { date: dateWords(c.value.monthDay, lang) }),
      source: c.text,
      apply: (v: FormValues) => ({
        ...v,
        date: '',
        precision: c.value.precision,
        inferredYear: false,
        yearFrom: undefined,
        yearPrompt: { ...c.value, words: c.text },
        promptYear: '',
      }),
    })),
    ...unique(found.places, byValue).map<Suggestion>((c) => ({
      field: 'place',
      label: sightingPlaceName({ place: c.value }, lang),
      source: c.text,
      apply: (v: FormValues) => ({ ...v, place: placeInput(c.value) }),
    })),
    ...unique(found.counts, byValue).map<Suggestion>((c) => ({
      field: 'count',
      label: countLabel(c.value, lang),
      source: c.text,
      apply: (v: FormValues) => ({
        ...v,
        countKind: c.value.kind,
        countValue: c.value.value === undefined ? '' : String(c.value.value),
        countMin: c.value.min === undefined ? '' : String(c.value.min),
        countMax: c.value.max === undefined ? '' : String(c.value.max),
        countText: c.value.text ?? c.text,
      }),
    })),
    ...unique(found.directions, byValue).map<Suggestion>((c) => ({
      field: 'direction',
      label: directionChoice(c.value, lang),
      source: c.text,
      apply: (v: FormValues) => ({ ...v, direction: c.value }),
    })),
    ...unique(found.origins, byValue).map<Suggestion>((c) => ({
      field: 'origin',
      label: sightingPlaceName({ place: c.value }, lang),
      source: c.text,
      apply: (v: FormValues) => ({ ...v, origin: placeInput(c.value) }),
    })),
  ];
}
