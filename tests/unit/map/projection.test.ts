import { describe, expect, it } from 'vitest';
import views from '@/assets/map/views.json';
import { fitView } from '@/scripts/build-map';
import { factBase } from '@/src/facts';
import { type ConicParams, insideBox, project } from '@/src/map/projection';
import { drawnPlaces } from '@/src/map/scene';
import { INSET_FRAME, VIEW_SPECS, viewForLon } from '@/src/map/views';

const fitted = (id: string) => {
  const v = views.find((x) => x.id === id);
  if (!v) throw new Error(`no view ${id}`);
  return { ...v, projection: v.projection as ConicParams };
};

describe('runtime projection', () => {
  it('matches d3 geoConicConformal for every gazetteer place', () => {
    for (const spec of VIEW_SPECS) {
      const d3 = fitView(spec);
      const view = fitted(spec.id);
      for (const p of factBase.places) {
        const expected = d3([p.lon, p.lat]) as [number, number];
        const [x, y] = project(view.projection, p.lon, p.lat);
        expect(x).toBeCloseTo(expected[0], 6);
        expect(y).toBeCloseTo(expected[1], 6);
      }
    }
  });

  it('puts every place the map draws inside its view, clear of the edges', () => {
    for (const p of drawnPlaces(factBase.places)) {
      const view = fitted(viewForLon(p.lon));
      const at = project(view.projection, p.lon, p.lat);
      expect(insideBox(view, at, 10), `${p.id} at ${at.join(',')} in ${view.id}`).toBe(true);
    }
  });

  it('keeps main-view places out from under the inset', () => {
    const main = fitted('main');
    for (const p of drawnPlaces(factBase.places).filter((x) => viewForLon(x.lon) === 'main')) {
      const [x, y] = project(main.projection, p.lon, p.lat);
      const under =
        x > INSET_FRAME.x &&
        x < INSET_FRAME.x + INSET_FRAME.width &&
        y > INSET_FRAME.y &&
        y < INSET_FRAME.y + INSET_FRAME.height;
      expect(under, p.id).toBe(false);
    }
  });

  it('sends European Russia and the Urals to the inset, the Far East to the main view', () => {
    expect(viewForLon(37.62)).toBe('inset');
    expect(viewForLon(65.53)).toBe('inset');
    expect(viewForLon(131.89)).toBe('main');
    expect(viewForLon(116.41)).toBe('main');
  });
});
