/**
 * The map's projection as plain numbers and one small function, so gazetteer places and
 * sightings project in the browser without shipping d3-geo. The formula is d3's
 * `geoConicConformal` (Lambert conformal conic): the build script fits d3's projection and
 * stores its parameters; a unit test checks this function against d3 for every place.
 */

/** A fitted Lambert conformal conic: standard parallels, central meridian, scale, offset. */
export interface ConicParams {
  /** Standard parallels in degrees. */
  parallels: [number, number];
  /** Central meridian in degrees (d3 `rotate([-lon0, 0])`). */
  lon0: number;
  /** d3 scale (pixels per radian on the unit sphere). */
  scale: number;
  /** Pixel position of the raw projection's origin: x = ox + k·rx, y = oy − k·ry. */
  ox: number;
  oy: number;
}

const RAD = Math.PI / 180;
const HALF_PI = Math.PI / 2;
const EPS = 1e-6;

const tany = (phi: number) => Math.tan((HALF_PI + phi) / 2);

/** The cone constant `n` and radius factor `f` for two standard parallels (radians). */
function cone(phi0: number, phi1: number): { n: number; f: number } {
  const cy0 = Math.cos(phi0);
  const n =
    Math.abs(phi0 - phi1) < EPS
      ? Math.sin(phi0)
      : Math.log(cy0 / Math.cos(phi1)) / Math.log(tany(phi1) / tany(phi0));
  return { n, f: (cy0 * tany(phi0) ** n) / n };
}

/** The raw conic conformal projection of (lambda, phi) in radians, before scale and offset. */
export function conicRaw(params: ConicParams, lon: number, lat: number): [number, number] {
  const { n, f } = cone(params.parallels[0] * RAD, params.parallels[1] * RAD);
  let lambda = (lon - params.lon0) * RAD;
  if (lambda > Math.PI) lambda -= 2 * Math.PI;
  if (lambda < -Math.PI) lambda += 2 * Math.PI;
  const phi = Math.max(lat * RAD, -HALF_PI + EPS);
  const r = f / tany(phi) ** n;
  return [r * Math.sin(n * lambda), f - r * Math.cos(n * lambda)];
}

/** Pixel position of a longitude/latitude in a fitted view. */
export function project(params: ConicParams, lon: number, lat: number): [number, number] {
  const [rx, ry] = conicRaw(params, lon, lat);
  return [params.ox + params.scale * rx, params.oy - params.scale * ry];
}

/** A rectangle in view pixels. */
export interface Box {
  width: number;
  height: number;
}

/** True when a pixel position lies inside the view box (`margin` pixels in from its edges). */
export function insideBox(box: Box, [x, y]: [number, number], margin = 0): boolean {
  return x >= margin && y >= margin && x <= box.width - margin && y <= box.height - margin;
}
