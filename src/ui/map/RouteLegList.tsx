/**
 * The routes as text beside the map: each route with its periods of use and its legs in travel
 * order, place names in the UI language. It is the map's text equivalent, so everything the
 * lines say can be read without seeing them; selecting a route here selects it on the map.
 */
import type { Place } from '@/src/facts/schema';
import { formatPeriod } from '@/src/map/periods';
import { ROUTES, routeLegs } from '@/src/map/routes';
import { placeName } from '@/src/ui/card-view';
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
  const lang = props.lang ?? 'en';
  const name = (id: string) => {
    const p = props.places.find((x) => x.id === id);
    return p ? placeName(p, lang) : id;
  };
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  return (
    <section class="lens-legs" aria-label="Route legs">
      <MapStyles />
      <Heading>Route legs</Heading>
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
              <strong>{r.name}</strong>
              {props.highlight?.includes(r.id) ? ' (this fact)' : ''}{' '}
              {props.onSelect ? (
                <button
                  type="button"
                  aria-pressed={selected}
                  onClick={() => props.onSelect?.(selected ? null : r.id)}
                >
                  {selected ? 'Unmark' : 'Mark on map'}
                </button>
              ) : null}
              <div class="when">{r.periods.map(formatPeriod).join('; ')}</div>
              <ol>
                {routeLegs(r).map((leg) => (
                  <li key={`${leg.from}>${leg.to}`}>
                    {name(leg.from)} → {name(leg.to)}
                    {r.mode === 'air' ? ' (by air)' : ''}
                    {r.via.includes(leg.to) ? ' (on the line; no source names it)' : ''}
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
