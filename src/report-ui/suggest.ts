/**
 * Turns what `src/extract` reads from a quote into the form's suggestion buttons. Extraction
 * runs over the quote with its prefix and suffix, because a monitor selects the key phrase
 * ("about 200 workers boarded a train") while the date or the direction often stands just
 * before or after it; each button names the words it came from.
 */
import { type Candidate, extractCandidates } from '@/src/extract';
import type { PlaceRef, SightingDraft } from '@/src/sightings/model';
import type { FormValues, PlaceInput } from './form-values';
import { CHOICE_LABELS, countLabel, observedLabel } from './labels';
import type { Suggestion } from './Suggestions';

function placeInput(ref: PlaceRef): PlaceInput {
  return {
    name: ref.name,
    ...(ref.placeId ? { placeId: ref.placeId } : {}),
    lat: ref.lat === undefined ? '' : String(ref.lat),
    lon: ref.lon === undefined ? '' : String(ref.lon),
  };
}

function unique<T>(candidates: Candidate<T>[], key: (c: Candidate<T>) => string): Candidate<T>[] {
  const seen = new Set<string>();
  return candidates.filter((c) => !seen.has(key(c)) && seen.add(key(c)));
}

/** The suggestions for a draft, in field order; empty when nothing could be read. */
export function suggestionsFor(draft: Pick<SightingDraft, 'page' | 'quote'>): Suggestion[] {
  const { quote, page } = draft;
  const found = extractCandidates(`${quote.prefix}${quote.exact}${quote.suffix}`, {
    lang: page.lang,
    referenceDate: page.pageDate ?? page.capturedAt.slice(0, 10),
  });
  const byValue = <T>(c: Candidate<T>) => JSON.stringify(c.value);
  return [
    ...unique(found.dates, byValue).map<Suggestion>((c) => ({
      field: 'observed',
      label: observedLabel(c.value),
      source: c.text,
      apply: (v: FormValues) => ({
        ...v,
        date: c.value.date,
        precision: c.value.precision,
        inferredYear: c.value.inferredYear === true,
      }),
    })),
    ...unique(found.places, byValue).map<Suggestion>((c) => ({
      field: 'place',
      label: c.value.name,
      source: c.text,
      apply: (v: FormValues) => ({ ...v, place: placeInput(c.value) }),
    })),
    ...unique(found.counts, byValue).map<Suggestion>((c) => ({
      field: 'count',
      label: countLabel(c.value),
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
      label: CHOICE_LABELS[c.value] ?? c.value,
      source: c.text,
      apply: (v: FormValues) => ({ ...v, direction: c.value }),
    })),
    ...unique(found.origins, byValue).map<Suggestion>((c) => ({
      field: 'origin',
      label: c.value.name,
      source: c.text,
      apply: (v: FormValues) => ({ ...v, origin: placeInput(c.value) }),
    })),
  ];
}
