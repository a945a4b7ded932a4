/**
 * The route-history card's compact view in the page overlay: a small timeline of the cards'
 * dates at once, and the route map with its legs on request. The content script bundles no
 * fact base and no shapes, so the map's places and geometry come from the background only when
 * the reader asks for the map.
 */
import { useState } from 'preact/hooks';
import type { Place } from '@/src/facts/schema';
import { shortName as catalogShortName } from '@/src/map/route-words';
import { routesForFact } from '@/src/map/routes';
import { factEvents, TIMELINE_FACTS } from '@/src/map/timeline-events';
import type { ViewGeometry } from '@/src/map/views';
import type { CardView } from '@/src/ui/card-view';
import type { Lang } from '@/src/vocabulary';
import { useI18n } from '../i18n';
import { RouteLegList } from './RouteLegList';
import { RouteMap } from './RouteMap';
import { Timeline } from './Timeline';

/** The map's data as the background sends it. */
export interface RouteMapData {
  places: Place[];
  views: ViewGeometry[];
}

/** A card's mark name: the listed short name in `lang`, else its (translated) title, cut. */
const shortName = (card: CardView, lang: Lang) => {
  const listed = TIMELINE_FACTS.find((t) => t.id === card.id);
  if (listed) return catalogShortName(card.id, listed.short, lang);
  return card.title.length > 28 ? `${card.title.slice(0, 27)}…` : card.title;
};

/** Compact timeline plus an on-demand map for the route-history `cards`. */
export function CompactRouteView(props: {
  cards: readonly CardView[];
  fetchMapData: () => Promise<RouteMapData>;
  lang?: string;
}) {
  const { t, lang: uiLang } = useI18n();
  const lang = (props.lang as Lang | undefined) ?? uiLang;
  const [map, setMap] = useState<RouteMapData | 'loading' | 'failed' | null>(null);
  const byId = new Map(props.cards.map((c) => [c.id, c]));
  const events = factEvents(
    (id) => byId.get(id),
    props.cards.map((c) => ({ id: c.id, short: shortName(c, lang) })),
    lang,
  );
  const highlight = [...new Set(props.cards.flatMap((c) => routesForFact(c.id).map((r) => r.id)))];
  const show = () => {
    setMap('loading');
    props.fetchMapData().then(setMap, () => setMap('failed'));
  };
  return (
    <div class="lens-compact-route">
      {events.length > 0 ? (
        <Timeline events={events} compact idPrefix="lens-route-timeline" />
      ) : null}
      {map === null || map === 'failed' ? (
        <button type="button" onClick={show}>
          {map === 'failed' ? t('map.retry') : t('map.show')}
        </button>
      ) : map === 'loading' ? (
        <p aria-busy="true">{t('map.loading')}</p>
      ) : (
        <>
          <RouteMap
            places={map.places}
            lang={props.lang}
            highlight={highlight}
            compact
            idPrefix="lens-route-map"
            loadGeometry={() => Promise.resolve(map.views)}
          />
          <RouteLegList
            places={map.places}
            lang={props.lang}
            highlight={highlight}
            headingLevel={4}
          />
        </>
      )}
    </div>
  );
}
