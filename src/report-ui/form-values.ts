/**
 * The report form's editable state and its conversion to and from a sighting. Inputs hold
 * strings (what the user typed); {@link readForm} turns them into the record's fields and
 * names, per field, whatever cannot be turned (a count that is not a number, half a
 * coordinate), so errors appear next to the input they belong to.
 */
import type {
  Confidence,
  CountKind,
  Direction,
  HeadCount,
  ObservedDate,
  PlaceRef,
  Precision,
  Sighting,
  SightingDraft,
  SightingFields,
  YearFrom,
} from '@/src/sightings/model';
import { dateFitsPrecision } from '@/src/sightings/schema';
import type { Lang } from '@/src/vocabulary';
import { isCalendarDate } from '../dates/calendar';
import { pageTranslate as translate } from '../i18n/page-translate';

/** A place as typed: name, optional gazetteer id, coordinates as text. */
export interface PlaceInput {
  name: string;
  placeId?: string;
  lat: string;
  lon: string;
}

/** A day and month (or a month) the quote gave without a year, waiting for the user's year. */
export interface YearPrompt {
  /** `MM-DD` or `MM`. */
  monthDay: string;
  precision: 'day' | 'month';
  /** The quote's words ("March 16"). */
  words: string;
}

/** Everything the user edits. */
export interface FormValues {
  date: string;
  precision: Precision;
  inferredYear: boolean;
  /** Where an inferred year came from (set with `inferredYear` by a suggestion). */
  yearFrom?: YearFrom | undefined;
  /** Set when a yearless date was chosen and neither the page nor the card dates it. */
  yearPrompt?: YearPrompt | undefined;
  /** The year the user typed for {@link yearPrompt}. */
  promptYear?: string;
  place: PlaceInput;
  origin: PlaceInput;
  destination: PlaceInput;
  countKind: CountKind;
  countValue: string;
  countMin: string;
  countMax: string;
  countText: string;
  direction: Direction;
  routeLeg: string;
  relatedFacts: string[];
  confidence: Confidence;
  notes: string;
}

/** Field keys that can carry an error message (record paths map onto these). */
export type FieldKey = 'observed' | 'place' | 'origin' | 'destination' | 'count' | 'form';

/** Error messages by field. */
export type FieldErrors = Partial<Record<FieldKey, string>>;

/** An empty place input. */
export const NO_PLACE: PlaceInput = { name: '', lat: '', lon: '' };

function placeInput(place: PlaceRef | undefined): PlaceInput {
  if (!place) return { ...NO_PLACE };
  return {
    name: place.name,
    ...(place.placeId ? { placeId: place.placeId } : {}),
    lat: place.lat === undefined ? '' : String(place.lat),
    lon: place.lon === undefined ? '' : String(place.lon),
  };
}

/** Form values for a new draft (only what the user already confirmed) or a stored sighting. */
export function initialValues(source: SightingDraft | Sighting): FormValues {
  const count = source.count;
  return {
    date: source.observed?.date ?? '',
    precision: source.observed?.precision ?? 'day',
    inferredYear: source.observed?.inferredYear ?? false,
    yearFrom: source.observed?.yearFrom,
    place: placeInput(source.place),
    origin: placeInput(source.origin),
    destination: placeInput(source.destination),
    countKind: count?.kind ?? 'unknown',
    countValue: count?.value === undefined ? '' : String(count.value),
    countMin: count?.min === undefined ? '' : String(count.min),
    countMax: count?.max === undefined ? '' : String(count.max),
    countText: count?.text ?? '',
    direction: source.direction ?? 'unknown',
    routeLeg: source.routeLeg ?? '',
    relatedFacts: [...(source.relatedFacts ?? [])],
    confidence: source.confidence ?? 'unverified',
    notes: source.notes ?? '',
  };
}

function readNumber(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const n = Number(text.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function readPlace(
  input: PlaceInput,
  key: FieldKey,
  errors: FieldErrors,
  lang: Lang,
): PlaceRef | undefined {
  if (!input.name.trim()) {
    if (input.lat || input.lon) errors[key] = translate(lang, 'report.error.placeName');
    return undefined;
  }
  const lat = readNumber(input.lat);
  const lon = readNumber(input.lon);
  if (lat === null || lon === null) errors[key] = translate(lang, 'report.error.coordinates');
  else if ((lat === undefined) !== (lon === undefined))
    errors[key] = translate(lang, 'report.error.bothCoordinates');
  return {
    name: input.name.trim(),
    ...(input.placeId ? { placeId: input.placeId } : {}),
    ...(typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : {}),
  };
}

/** The numbers each kind of count takes; the others are ignored even if typed earlier. */
const COUNT_NUMBERS: Record<CountKind, Array<'value' | 'min' | 'max'>> = {
  exact: ['value'],
  approximate: ['value', 'min', 'max'],
  range: ['min', 'max'],
  unknown: [],
};

function readCount(values: FormValues, errors: FieldErrors, lang: Lang): HeadCount {
  const count: HeadCount = { kind: values.countKind };
  const typed = { value: values.countValue, min: values.countMin, max: values.countMax };
  for (const key of COUNT_NUMBERS[values.countKind]) {
    const n = readNumber(typed[key]);
    if (n === null || (n !== undefined && !Number.isInteger(n))) {
      errors.count = translate(lang, 'report.error.wholeNumbers');
    } else if (n !== undefined) count[key] = n;
  }
  if (values.countText.trim()) count.text = values.countText.trim();
  return count;
}

/**
 * The date seen, or an error in words: a date the quote gave without a year needs the year
 * typed; a typed date must be a real date in one of the three forms, fitting its precision.
 */
function readObserved(
  values: FormValues,
  errors: FieldErrors,
  lang: Lang,
): ObservedDate | undefined {
  const prompt = values.yearPrompt;
  const quoted = (text: string) => translate(lang, 'quote', { text });
  if (prompt) {
    const year = (values.promptYear ?? '').trim();
    if (!/^\d{4}$/.test(year)) {
      errors.observed = translate(lang, 'report.error.yearNeeded', { words: quoted(prompt.words) });
      return undefined;
    }
    const date = `${year}-${prompt.monthDay}`;
    if (!isCalendarDate(date)) {
      errors.observed = translate(lang, 'report.error.noSuchDay', { words: prompt.words, year });
      return undefined;
    }
    return { date, precision: prompt.precision };
  }
  const date = values.date.trim();
  if (!date) {
    errors.observed = translate(lang, 'report.error.dateNeeded');
    return undefined;
  }
  if (!isCalendarDate(date)) {
    errors.observed = translate(lang, 'report.error.notADate', { date: quoted(date) });
    return undefined;
  }
  const observed: ObservedDate = { date, precision: values.precision };
  if (!dateFitsPrecision(observed)) {
    // `approximate` fits any date form, so only the three exact precisions can mismatch.
    const precision = values.precision as Exclude<Precision, 'approximate'>;
    errors.observed = translate(lang, `report.error.precision.${precision}`);
    return undefined;
  }
  return values.inferredYear && values.yearFrom
    ? { ...observed, inferredYear: true, yearFrom: values.yearFrom }
    : observed;
}

/**
 * The user-edited fields of a sighting, or the errors to show next to each input, worded in
 * `lang` (the interface language).
 */
export function readForm(
  values: FormValues,
  lang: Lang = 'en',
):
  | { ok: true; fields: Omit<SightingFields, 'page' | 'quote'> }
  | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const observed = readObserved(values, errors, lang);
  const place = readPlace(values.place, 'place', errors, lang);
  if (!place && !errors.place) errors.place = translate(lang, 'report.error.placeNeeded');
  const origin = readPlace(values.origin, 'origin', errors, lang);
  const destination = readPlace(values.destination, 'destination', errors, lang);
  const count = readCount(values, errors, lang);
  if (Object.keys(errors).length > 0 || !place || !observed) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      observed,
      place,
      count,
      direction: values.direction,
      ...(origin ? { origin } : {}),
      ...(destination ? { destination } : {}),
      ...(values.routeLeg.trim() ? { routeLeg: values.routeLeg.trim() } : {}),
      relatedFacts: values.relatedFacts,
      confidence: values.confidence,
      notes: values.notes,
    },
  };
}

/** Maps record issue paths (`observed.date`, `place`, `count`) onto the form's fields. */
export function errorsFromIssues(issues: Array<{ path: string; message: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const head = issue.path.split('.')[0] ?? '';
    const key: FieldKey =
      (['observed', 'place', 'origin', 'destination', 'count'] as const).find((k) => k === head) ??
      'form';
    const text = `${issue.path ? `${issue.path} ` : ''}${issue.message}`;
    errors[key] = errors[key] ? `${errors[key]}; ${text}` : text;
  }
  return errors;
}
