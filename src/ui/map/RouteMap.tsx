/**
 * The route map: country shapes (loaded lazily), the routes, gazetteer places named in the UI
 * language and the user's sightings, in the Far East view with European Russia as an inset.
 * The base map is one described image; routes are buttons that select a route (shared with the
 * leg list), and places and sightings are focusable with their full names. SVG attributes are
 * case-sensitive, so focus order uses `tabindex` in lower case (Firefox ignores `tabIndex`).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import viewsJson from '@/assets/map/views.json';
import type { Place } from '@/src/facts/schema';
import { COUNTRY_LABELS, countryFill, countryName } from '@/src/map/countries';
import { LABEL_FONT_SIZE } from '@/src/map/labels';
import { project } from '@/src/map/projection';
import { routeName } from '@/src/map/route-words';
import { ROUTES } from '@/src/map/routes';
import { buildScene, type Scene, type SightingPoint } from '@/src/map/scene';
import { type FittedView, INSET_FRAME, type ViewGeometry, type ViewId } from '@/src/map/views';
import { placeKindWords } from '@/src/ui/place-kind';
import type { Lang } from '@/src/vocabulary';
import { type I18n, useI18n } from '../i18n';
import { MapStyles } from './MapStyles';
import { ROUTE_STYLE, SIGHTING_COLOR, SIGHTING_TEXT_COLOR } from './styles';

const VIEWS = viewsJson as FittedView[];
const REGION_KINDS = new Set(['province', 'region', 'river']);

/** Props shared by the map and the route story. */
export interface RouteMapProps {
  places: readonly Place[];
  /** UI language for place names: `en` (default), `ko`, `ru`, `zh`, `ja`. */
  lang?: string;
  sightings?: readonly SightingPoint[];
  /** Routes to stress (others are dimmed), e.g. the routes a shown fact supports. */
  highlight?: readonly string[];
  selected?: string | null;
  onSelect?: (routeId: string | null) => void;
  compact?: boolean;
  idPrefix?: string;
  /** Where the country shapes come from: a lazy chunk in extension pages, a message in a page. */
  loadGeometry: () => Promise<ViewGeometry[]>;
}

function BaseMap(props: {
  geometry?: ViewGeometry;
  view: FittedView;
  lang: string;
  labels: boolean;
}) {
  const { geometry, view } = props;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> only takes focus through tabIndex; this one has none
    <g aria-hidden="true">
      <rect width={view.width} height={view.height} fill="#d7e6f2" />
      {geometry ? (
        <>
          <path d={geometry.graticule} fill="none" stroke="#bfd3e3" stroke-width="0.5" />
          {geometry.countries.map((c) => (
            <path
              key={c.id + c.name}
              d={c.d}
              fill={countryFill(c.id)}
              stroke="#b9b4a8"
              stroke-width="0.4"
            />
          ))}
          <path
            d={geometry.borders}
            fill="none"
            stroke="#8a8377"
            stroke-width="0.8"
            stroke-dasharray="3 1.5"
          />
        </>
      ) : null}
      {props.labels && view.id === 'main'
        ? COUNTRY_LABELS.map((c) => {
            const [x, y] = project(view.projection, c.lon, c.lat);
            return (
              <text
                key={c.id}
                x={x}
                y={y}
                text-anchor="middle"
                font-size="11"
                fill="#8a8377"
                letter-spacing="1"
              >
                {countryName(c, props.lang)}
              </text>
            );
          })
        : null}
    </g>
  );
}

function ViewLayer(props: { scene: Scene; view: ViewId; map: RouteMapProps; i18n: I18n }) {
  const { scene, map } = props;
  const { t, lang } = props.i18n;
  const stressed = (id: string) => !map.highlight?.length || map.highlight.includes(id);
  return (
    <>
      {ROUTES.map((r) => {
        const style = ROUTE_STYLE[r.id] ?? { color: '#333', width: 1.5 };
        const legs = scene.legs.filter((l) => l.routeId === r.id && l.view === props.view);
        if (legs.length === 0) return null;
        const selected = map.selected === r.id;
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group of route lines cannot be an HTML button
          <g
            key={r.id}
            class={`route${selected ? ' selected' : ''}${stressed(r.id) || selected ? '' : ' dim'}`}
            tabindex={0}
            role="button"
            aria-pressed={selected}
            aria-label={t('journalMap.routeLabel', {
              route: routeName(r, lang),
              stops: r.paths
                .map((p) =>
                  p.map((id) => scene.places.find((x) => x.id === id)?.name ?? id).join(' → '),
                )
                .join(t('list.separator')),
            })}
            data-route={r.id}
            onClick={() => map.onSelect?.(selected ? null : r.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                map.onSelect?.(selected ? null : r.id);
              }
            }}
          >
            {legs.map((l) => (
              <path
                key={l.key}
                d={l.d}
                fill="none"
                stroke={style.color}
                stroke-width={style.width}
                stroke-dasharray={style.dash}
                stroke-linecap="round"
                marker-end={l.toward ? `url(#${map.idPrefix ?? 'map'}-arrow)` : undefined}
              />
            ))}
          </g>
        );
      })}
      {scene.places
        .filter((p) => p.view === props.view)
        .map((p) => {
          const region = REGION_KINDS.has(p.kind);
          const [x, y] = p.at;
          return (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a focusable SVG marker named by its label
            <g
              key={p.id}
              tabindex={0}
              role="img"
              aria-label={t('journalMap.placeLabel', {
                name: p.name,
                kind: placeKindWords(p.kind, lang),
              })}
              data-place={p.id}
            >
              {region ? null : p.kind === 'border-crossing' ? (
                <rect
                  x={x - 2.2}
                  y={y - 2.2}
                  width={4.4}
                  height={4.4}
                  fill="#fff"
                  stroke="#222"
                  stroke-width="1"
                />
              ) : (
                <circle cx={x} cy={y} r={2.4} fill="#222" stroke="#fff" stroke-width="0.8" />
              )}
              <circle class="focus-ring" cx={x} cy={y} r={5.5} />
              {p.label && !(map.compact && region) ? (
                <text
                  x={p.label.x}
                  y={p.label.y}
                  text-anchor={p.label.anchor}
                  font-size={LABEL_FONT_SIZE}
                  font-style={region ? 'italic' : undefined}
                  fill={region ? '#6b6458' : '#222'}
                >
                  {p.name}
                </text>
              ) : null}
            </g>
          );
        })}
      {scene.sightings
        .filter((s) => s.view === props.view)
        .map((s) => (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a focusable SVG marker named by its label
          <g
            key={s.id}
            tabindex={0}
            role="img"
            aria-label={t('journalMap.sightingLabel', { label: s.label })}
            data-sighting={s.id}
            class="sighting"
          >
            <path
              d={`M${s.at[0]},${s.at[1] - 5.5}l5.5,5.5l-5.5,5.5l-5.5,-5.5z`}
              fill={SIGHTING_COLOR}
              stroke="#3d2200"
              stroke-width="1"
            />
            <circle class="focus-ring" cx={s.at[0]} cy={s.at[1]} r={8} />
            {s.spot ? (
              <text
                x={s.spot.x + (s.spot.anchor === 'start' ? 3 : s.spot.anchor === 'end' ? -3 : 0)}
                y={s.spot.y}
                text-anchor={s.spot.anchor}
                font-size={LABEL_FONT_SIZE}
                font-weight="bold"
                fill={SIGHTING_TEXT_COLOR}
              >
                {s.text}
              </text>
            ) : null}
          </g>
        ))}
    </>
  );
}

/** The map as an SVG figure; geometry arrives a moment after the routes and places. */
export function RouteMap(props: RouteMapProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const lang = (props.lang as Lang | undefined) ?? i18n.lang;
  const [geometry, setGeometry] = useState<ViewGeometry[] | null>(null);
  useEffect(() => {
    let live = true;
    props.loadGeometry().then(
      (g) => live && setGeometry(g),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [props.loadGeometry]);
  const scene = useMemo(
    () =>
      buildScene({
        views: VIEWS,
        places: props.places,
        lang,
        sightings: props.sightings,
        groupText: (count) => t('journalMap.sightingGroup', { count }),
      }),
    [props.places, lang, props.sightings, t],
  );
  const [main, inset] = VIEWS as [FittedView, FittedView];
  const prefix = props.idPrefix ?? 'map';
  const geo = (id: string) => geometry?.find((g) => g.id === id);
  const desc = [
    t('journalMap.description'),
    scene.sightings.length
      ? t('journalMap.descriptionSightings', { count: scene.sightings.length })
      : '',
    scene.offMap ? t('journalMap.descriptionOffMap', { count: scene.offMap }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <figure class="lens-map" data-geometry={geometry ? 'loaded' : 'pending'}>
      <MapStyles />
      {/* biome-ignore lint/a11y/useSemanticElements: the SVG root groups the map image with focusable routes and places */}
      <svg
        viewBox={`0 0 ${main.width} ${main.height}`}
        role="group"
        aria-labelledby={`${prefix}-title`}
      >
        <title id={`${prefix}-title`}>{t('journalMap.title')}</title>
        <defs>
          <marker
            id={`${prefix}-arrow`}
            viewBox="0 0 6 6"
            refX="5"
            refY="3"
            markerWidth="5"
            markerHeight="5"
            orient="auto"
          >
            <path d="M0,0L6,3L0,6z" fill="#444" />
          </marker>
        </defs>
        {/* biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: the base map is the described image; it takes no focus */}
        <g role="img" aria-labelledby={`${prefix}-title ${prefix}-desc`}>
          <desc id={`${prefix}-desc`}>{desc}</desc>
          <BaseMap geometry={geo('main')} view={main} lang={lang} labels={!props.compact} />
        </g>
        <ViewLayer scene={scene} view="main" map={{ ...props, idPrefix: prefix }} i18n={i18n} />
        <svg
          x={INSET_FRAME.x}
          y={INSET_FRAME.y}
          width={INSET_FRAME.width}
          height={INSET_FRAME.height}
          viewBox={`0 0 ${inset.width} ${inset.height}`}
        >
          <title>{t('journalMap.insetTitle')}</title>
          <BaseMap geometry={geo('inset')} view={inset} lang={lang} labels={false} />
          <ViewLayer scene={scene} view="inset" map={{ ...props, idPrefix: prefix }} i18n={i18n} />
          <rect
            width={inset.width}
            height={inset.height}
            fill="none"
            stroke="#555"
            stroke-width="1"
          />
          <text x={4} y={inset.height - 4} font-size="8" fill="#555">
            {t('journalMap.insetLabel')}
          </text>
        </svg>
      </svg>
      {props.compact ? null : (
        <figcaption>
          <ul class="lens-legend" aria-label={t('journalMap.legend')}>
            {scene.sightings.length > 0 || scene.offMap > 0 ? (
              <li>
                <svg viewBox="-7 -7 14 14" width="14" height="14" aria-hidden="true">
                  <path
                    d="M0,-5.5l5.5,5.5l-5.5,5.5l-5.5,-5.5z"
                    fill={SIGHTING_COLOR}
                    stroke="#3d2200"
                  />
                </svg>
                {scene.offMap
                  ? t('journalMap.legendSightingsOffMap', {
                      count: scene.sightings.length,
                      off: scene.offMap,
                    })
                  : t('journalMap.legendSightings', { count: scene.sightings.length })}
              </li>
            ) : null}
            <li>
              <svg viewBox="-4 -4 8 8" width="10" height="10" aria-hidden="true">
                <circle r="2.6" fill="#222" stroke="#fff" stroke-width="0.8" />
              </svg>
              {t('journalMap.legendTown')}
            </li>
            <li>
              <svg viewBox="-4 -4 8 8" width="10" height="10" aria-hidden="true">
                <rect x="-2.4" y="-2.4" width="4.8" height="4.8" fill="#fff" stroke="#222" />
              </svg>
              {t('journalMap.legendCrossing')}
            </li>
            <li>
              <svg viewBox="0 0 18 6" width="18" height="6" aria-hidden="true">
                <line x1="0" y1="3" x2="18" y2="3" stroke="#b3261e" stroke-width="2.4" />
              </svg>
              {t('journalMap.legendRoutes')}
            </li>
          </ul>
          {t('journalMap.caption')}
        </figcaption>
      )}
    </figure>
  );
}
