import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAnnotation } from '@/src/sightings/export/annotation';
import { toGeoJson } from '@/src/sightings/export/geojson';
import { exportJson } from '@/src/sightings/export/json';
import { importSightings } from '@/src/sightings/import';
import { checkSighting } from '@/src/sightings/validate';
import { arbitrarySighting } from './arbitrary';

const journals = fc.uniqueArray(arbitrarySighting, { selector: (s) => s.id, maxLength: 8 });

describe('export and import round trip', () => {
  it('the generator makes only valid sightings', () => {
    fc.assert(
      fc.property(arbitrarySighting, (s) => {
        expect(checkSighting(s)).toEqual({ ok: true, sighting: s });
      }),
      { numRuns: 200 },
    );
  });

  it('importing an export into an empty journal gives identical records', () => {
    fc.assert(
      fc.property(journals, (list) => {
        const result = importSightings(exportJson(list, new Date()), []);
        expect(result).toMatchObject({ ok: true, added: list.length });
        if (result.ok) expect(result.merged).toEqual(list);
      }),
      { numRuns: 150 },
    );
  });

  it('importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(journals, (list) => {
        const file = exportJson(list, new Date());
        const first = importSightings(file, []);
        if (!first.ok) throw new Error('first import failed');
        expect(importSightings(file, first.merged)).toMatchObject({
          ok: true,
          added: 0,
          updated: 0,
          unchanged: list.length,
        });
      }),
      { numRuns: 100 },
    );
  });

  it('GeoJSON and Web Annotation exports carry every sighting', () => {
    fc.assert(
      fc.property(journals, (list) => {
        const geo = toGeoJson(list);
        expect(geo.features.length + geo.unlocated.length).toBe(list.length);
        for (const s of list) expect(toAnnotation(s).target.selector[0].exact).toBe(s.quote.exact);
      }),
      { numRuns: 100 },
    );
  });
});
