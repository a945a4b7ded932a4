/**
 * The full route view for the popup's fact detail and the journal: the map with its leg list
 * beside it and the timeline below, sharing one selected route. With `factId` the routes and
 * dates of that fact stand out.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Place } from '@/src/facts/schema';
import { routesForFact } from '@/src/map/routes';
import { datedSightings, sightingPoints } from '@/src/map/sightings';
import { type DatedFact, factEvents, sightingEvents } from '@/src/map/timeline-events';
import type { Sighting } from '@/src/sightings/model';
import type { Lang } from '@/src/vocabulary';
import { useI18n } from '../i18n';
import { loadGeometry } from './geometry-loader';
import { RouteLegList } from './RouteLegList';
import { RouteMap } from './RouteMap';
import { Timeline } from './Timeline';

/** What the story reads from the fact base. */
export interface StoryData {
  places: readonly Place[];
  factById(id: string): DatedFact | undefined;
  placeById(id: string): Place | undefined;
}

/** Map, legs and timeline; `sightings` adds the user's points to both. */
export function RouteStory(props: {
  data: StoryData;
  lang?: string;
  factId?: string;
  sightings?: readonly Sighting[];
  idPrefix?: string;
}) {
  const { data } = props;
  const { t, lang: uiLang } = useI18n();
  const lang = (props.lang as Lang | undefined) ?? uiLang;
  const [selected, setSelected] = useState<string | null>(null);
  const highlight = props.factId ? routesForFact(props.factId).map((r) => r.id) : undefined;
  const points = useMemo(
    () => sightingPoints(props.sightings ?? [], data.placeById, lang),
    [props.sightings, data, lang],
  );
  const events = useMemo(
    () => [
      ...factEvents(data.factById, undefined, lang),
      ...sightingEvents(datedSightings(props.sightings ?? [], data.placeById, lang), lang),
    ],
    [props.sightings, data, lang],
  );
  const prefix = props.idPrefix ?? 'story';
  return (
    <section class="lens-story" aria-label={t('map.section')}>
      <RouteMap
        places={data.places}
        lang={props.lang}
        sightings={points}
        highlight={highlight}
        selected={selected}
        onSelect={setSelected}
        idPrefix={`${prefix}-map`}
        loadGeometry={loadGeometry}
      />
      <RouteLegList
        places={data.places}
        lang={props.lang}
        highlight={highlight}
        selected={selected}
        onSelect={setSelected}
      />
      <Timeline events={events} highlight={props.factId} idPrefix={`${prefix}-timeline`} />
    </section>
  );
}
