/**
 * `npm run build:map` projects Natural Earth country shapes (world-atlas, 50m) into SVG path
 * strings for the map's two views and writes them to `assets/map/`: `views.json` (the fitted
 * projection parameters, tiny, read at run time to place points) and `geometry.json` (the
 * shapes, loaded only when a map is shown). Projection happens here, once, so the extension
 * ships no d3. Output is deterministic (fixed order, rounded numbers); a unit test rebuilds it
 * and compares byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type GeoProjection,
  type GeoStream,
  geoConicConformal,
  geoGraticule,
  geoPath,
} from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// The map frames the route places (the core gazetteer); places elsewhere are not on its views.
import placesJson from '../src/facts/data/places/core.json';
import { VIEW_SPECS, type ViewSpec, viewForLon } from '../src/map/views';

const ATLAS = fileURLToPath(import.meta.resolve('world-atlas/countries-50m.json'));
/** Points closer than this (pixels) to the last kept one are dropped. */
const MIN_STEP = 0.8;
/** Rings smaller than this (square pixels) are dropped: specks, not islands. */
const MIN_RING_AREA = 2;

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** A d3 stream stage that thins projected lines and drops tiny rings. */
function thinStream(out: GeoStream): GeoStream {
  let points: [number, number][] | null = null;
  let inPolygon = false;
  const ringArea = (ps: [number, number][]) =>
    Math.abs(
      ps.reduce((a, [x, y], i) => {
        const [nx, ny] = ps[(i + 1) % ps.length] ?? [x, y];
        return a + x * ny - nx * y;
      }, 0),
    ) / 2;
  return {
    point(x, y) {
      if (!points) return out.point(x, y);
      const last = points[points.length - 1];
      if (!last || Math.hypot(x - last[0], y - last[1]) >= MIN_STEP) points.push([x, y]);
    },
    lineStart() {
      points = [];
    },
    lineEnd() {
      const ps = points ?? [];
      points = null;
      if (inPolygon && (ps.length < 3 || ringArea(ps) < MIN_RING_AREA)) return;
      if (!inPolygon && ps.length < 2) return;
      out.lineStart();
      for (const [x, y] of ps) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

/** Fits a view's projection to its places and rounds its parameters. */
export function fitView(spec: ViewSpec): GeoProjection {
  const coordinates = placesJson
    .filter((p) => viewForLon(p.lon) === spec.id)
    .map((p) => [p.lon, p.lat]);
  const target: MultiPoint = { type: 'MultiPoint', coordinates };
  const { top, right, bottom, left } = spec.padding;
  const projection = geoConicConformal()
    .parallels(spec.parallels)
    .rotate([-spec.lon0, 0])
    .fitExtent(
      [
        [left, top],
        [spec.width - right, spec.height - bottom],
      ],
      target,
    );
  const [tx, ty] = projection.translate();
  return projection
    .scale(round(projection.scale(), 3))
    .translate([round(tx, 3), round(ty, 3)])
    .clipExtent([
      [0, 0],
      [spec.width, spec.height],
    ]);
}

function pathOf(projection: GeoProjection) {
  return geoPath({ stream: (out) => projection.stream(thinStream(out)) }).digits(1);
}

/** Country shapes, interior borders and a graticule for one view. */
function viewGeometry(spec: ViewSpec, topology: Topology) {
  const projection = fitView(spec);
  const path = pathOf(projection);
  const countriesObject = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries = (feature(topology, countriesObject) as FeatureCollection).features
    .map((f: Feature) => ({
      id: String(f.id ?? ''),
      name: String(f.properties?.name ?? ''),
      d: path(f) ?? '',
    }))
    .filter((c) => c.d !== '')
    .sort((a, b) => a.id.localeCompare(b.id) || a.name.localeCompare(b.name));
  const borders = path(mesh(topology, countriesObject, (a, b) => a !== b)) ?? '';
  const graticule = path(geoGraticule().step([10, 5])()) ?? '';
  return { id: spec.id, countries, borders, graticule };
}

/** The generated files, by path relative to the repository root. */
export function buildMapFiles(): Record<string, string> {
  const topology = JSON.parse(readFileSync(ATLAS, 'utf8')) as Topology;
  const views = VIEW_SPECS.map((spec) => {
    const p = fitView(spec);
    const [ox, oy] = p.translate();
    return {
      id: spec.id,
      width: spec.width,
      height: spec.height,
      projection: { parallels: spec.parallels, lon0: spec.lon0, scale: p.scale(), ox, oy },
    };
  });
  const geometry = {
    source: 'Natural Earth 1:50m countries via world-atlas 2.0.2 (public domain)',
    views: VIEW_SPECS.map((spec) => viewGeometry(spec, topology)),
  };
  return {
    'assets/map/views.json': `${JSON.stringify(views, null, 2)}\n`,
    'assets/map/geometry.json': `${JSON.stringify(geometry)}\n`,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const [path, text] of Object.entries(buildMapFiles())) {
    writeFileSync(`${root}${path}`, text);
    console.log(`${path}: ${text.length} bytes`);
  }
}
