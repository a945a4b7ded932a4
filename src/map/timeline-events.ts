/**
 * The events a route timeline shows: the dated facts of the route story (the 1959 bridge, the
 * China route's closure about 2007, the March 2017 days, the 2017 resolutions and the 2019
 * deadline, the links since 2023) and the user's sightings, each with its interval and a full
 * text label for screen readers.
 */
import type { FuzzyDate } from '@/src/facts/schema';
import { translate } from '@/src/i18n/translate';
import { formatFuzzyDate } from '@/src/ui/format-date';
import type { Lang } from '@/src/vocabulary';
import { type DatedValue, type DayInterval, dateInterval } from './dates';
import { shortName } from './route-words';

/** The facts on the route timeline with the short name drawn beside their marks. */
export const TIMELINE_FACTS: readonly { id: string; short: string }[] = [
  { id: 'route-friendship-bridge-1959', short: 'Friendship Bridge' },
  { id: 'route-china-shut-2007', short: 'China route closed' },
  { id: 'route-through-car', short: 'Through car' },
  { id: 'route-khasan-rajin-link', short: 'Khasan–Rajin' },
  { id: 'inns-march-groups', short: 'Dandong groups' },
  { id: 'meeting-7th-jwg-2017', short: 'Working group' },
  { id: 'meeting-embassy-statement', short: 'Embassy post' },
  { id: 'sanctions-2371', short: 'Res. 2371' },
  { id: 'sanctions-2375', short: 'Res. 2375' },
  { id: 'sanctions-2397-para8', short: 'Res. 2397' },
  { id: 'route-suspension-and-shuttle-2024', short: 'Rail' },
  { id: 'route-flights', short: 'Flights' },
  { id: 'route-tumen-road-bridge', short: 'Road bridge' },
  { id: 'route-through-car-2025', short: 'Through car' },
  { id: 'route-beijing-pyongyang-2026', short: 'Beijing train' },
];

/**
 * A mark's visible text: the fact's short name, with the date's own label when the fact has
 * several dates — unless the label only repeats the name ("Embassy post: embassy post").
 */
export function dateShort(short: string, dateCount: number, label: string | undefined): string {
  if (dateCount < 2 || !label) return short;
  const plain = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  if (plain(label) === plain(short) || plain(short).includes(plain(label))) return short;
  return `${short}: ${label}`;
}

/** One mark on the timeline. */
export interface TimelineEvent extends DayInterval {
  key: string;
  /** The fact id, or the sighting id for a sighting. */
  ref: string;
  kind: 'fact' | 'sighting';
  /** Short visible text. */
  short: string;
  /** Full text for assistive technology: date and what happened. */
  text: string;
}

function dateOrder(a: TimelineEvent, b: TimelineEvent): number {
  return a.start - b.start || a.end - b.end || a.key.localeCompare(b.key);
}

/** What a timeline needs of a fact: a fact base record and a card view both fit. */
export interface DatedFact {
  id: string;
  title: string;
  dates: readonly FuzzyDate[];
}

/**
 * Events for the given facts (by default the route story) in date order, worded in `lang`: a
 * listed fact's short name from the catalogs, dates through `Intl`. A date's own label is
 * English data, so it joins the short name on English marks only.
 */
export function factEvents(
  factById: (id: string) => DatedFact | undefined,
  entries: readonly { id: string; short: string }[] = TIMELINE_FACTS,
  lang: Lang = 'en',
): TimelineEvent[] {
  return entries
    .flatMap(({ id, short }) => {
      const fact = factById(id);
      if (!fact) return [];
      const listed = TIMELINE_FACTS.some((t) => t.id === id && t.short === short);
      const name = listed ? shortName(id, short, lang) : short;
      return fact.dates.map((d: FuzzyDate, i) => ({
        ...dateInterval(d),
        key: `${id}#${i}`,
        ref: id,
        kind: 'fact' as const,
        short: lang === 'en' ? dateShort(name, fact.dates.length, d.label) : name,
        text: translate(lang, 'journalMap.eventText', {
          date: formatFuzzyDate(lang === 'en' ? d : { ...d, label: undefined }, lang),
          title: fact.title,
        }),
      }));
    })
    .sort(dateOrder);
}

/** A sighting reduced to what the timeline shows. */
export interface DatedSighting {
  id: string;
  observed: DatedValue;
  place: string;
}

/** Events for sightings, in date order, worded in `lang`. */
export function sightingEvents(
  sightings: readonly DatedSighting[],
  lang: Lang = 'en',
): TimelineEvent[] {
  return sightings
    .map((s) => ({
      ...dateInterval(s.observed),
      key: `sighting#${s.id}`,
      ref: s.id,
      kind: 'sighting' as const,
      short: s.place,
      text: translate(lang, 'journalMap.sightingEvent', {
        date: formatFuzzyDate(s.observed, lang),
        place: s.place,
      }),
    }))
    .sort(dateOrder);
}
