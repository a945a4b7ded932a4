/**
 * The routes as text beside the map: each route with its periods of use and its legs in travel
 * order, place names in the UI language. It is the map's text equivalent, so everything the
 * lines say can be read without seeing them; selecting a route here selects it on the map.
 */
import type { Place } from '@/src/facts/schema';
import { formatPeriod } from '@/src/map/periods';
import { routeName } from '@/src/map/route-words';
import { ROUTES, routeLegs } from '@/src/map/routes';
import { placeName } from '@/src/ui/card-view';
import { useI18n } from '@/src/ui/i18n';
import type { Lang } from '@/src/vocabulary';
import { MapStyles } from './MapStyles';
import { ROUTE_STYLE } from './styles';

/** The leg list; `highlight` marks the routes of the fact being shown. */
export function RouteLegList(props: {
  places: readonly Place[];
  lang?: string;
  highlight?: readonly string[];
  selected?: string | null;
  onSelect?: (routeId: string | null) => void;
  headingLevel?: 3 | 4;
}) {
  const { t, lang: uiLang } = useI18n();
  const lang = (props.lang as Lang | undefined) ?? uiLang;
  const name = (id: string) => {
    const p = props.places.find((x) => x.id === id);
    return p ? placeName(p, lang) : id;
  };
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  return (
    <section class="lens-legs" aria-label={t('map.legs')}>
      <MapStyles />
      <Heading>{t('map.legs')}</Heading>
      <ul>
        {ROUTES.map((r) => {
          const style = ROUTE_STYLE[r.id];
          const selected = props.selected === r.id;
          return (
            <li key={r.id} class={selected ? 'selected' : undefined} data-route={r.id}>
              <span
                class="swatch"
                aria-hidden="true"
                style={{
                  borderTopColor: style?.color,
                  borderTopStyle: style?.dash ? 'dashed' : 'solid',
                }}
              />
              <strong>{routeName(r, uiLang)}</strong>
              {props.highlight?.includes(r.id) ? ` ${t('journalMap.thisFact')}` : ''}{' '}
              {props.onSelect ? (
                <button
                  type="button"
                  aria-pressed={selected}
                  onClick={() => props.onSelect?.(selected ? null : r.id)}
                >
                  {selected ? t('map.unmark') : t('map.mark')}
                </button>
              ) : null}
              <div class="when">
                {r.periods.map((p) => formatPeriod(p, uiLang)).join(t('list.separator'))}
              </div>
              <ol>
                {routeLegs(r).map((leg) => (
                  <li key={`${leg.from}>${leg.to}`}>
                    {name(leg.from)} → {name(leg.to)}
                    {r.mode === 'air' ? ` ${t('journalMap.byAir')}` : ''}
                    {r.via.includes(leg.to) ? ` ${t('journalMap.unnamedStop')}` : ''}
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
