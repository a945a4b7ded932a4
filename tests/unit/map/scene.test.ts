import { describe, expect, it } from 'vitest';
import views from '@/assets/map/views.json';
import { factBase } from '@/src/facts';
import { textWidth } from '@/src/map/labels';
import type { ConicParams } from '@/src/map/projection';
import { buildScene } from '@/src/map/scene';
import type { FittedView } from '@/src/map/views';

const fitted = views.map((v) => ({
  ...v,
  projection: v.projection as ConicParams,
})) as FittedView[];
const scene = (lang = 'en', sightings = []) =>
  buildScene({ views: fitted, places: factBase.places, lang, sightings });

describe('map scene', () => {
  it('names places in the UI language', () => {
    const name = (lang: string, id: string) => scene(lang).places.find((p) => p.id === id)?.name;
    expect(name('en', 'vladivostok')).toBe('Vladivostok');
    expect(name('ru', 'vladivostok')).toBe('Владивосток');
    expect(name('ko', 'pyongyang')).toBe('평양');
    expect(name('zh', 'dandong')).toBe('丹东');
    expect(name('xx', 'dandong')).toBe('Dandong');
  });

  it('labels the main stops and keeps visible labels apart', () => {
    const s = scene();
    for (const id of ['pyongyang', 'khasan', 'rason', 'vladivostok', 'dandong', 'moscow']) {
      expect(s.places.find((p) => p.id === id)?.label, id).not.toBeNull();
    }
    for (const view of ['main', 'inset']) {
      const boxes = s.places
        .filter((p) => p.view === view && p.label)
        .map((p) => {
          const l = p.label as NonNullable<typeof p.label>;
          const w = textWidth(p.name);
          const x = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
          return { id: p.id, x, y: l.y - 7, w, h: 9 };
        });
      for (const a of boxes)
        for (const b of boxes) {
          if (a.id >= b.id) continue;
          const hit = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(hit, `${a.id} overlaps ${b.id}`).toBe(false);
        }
    }
  });

  it('cuts legs to the other view at the view edge and names the far stop', () => {
    const legs = scene().legs.filter((l) => l.routeId === 'china' && l.to === 'moscow');
    expect(legs.map((l) => l.view).sort()).toEqual(['inset', 'main']);
    expect(legs.find((l) => l.view === 'main')?.toward).toBe('Moscow');
    expect(legs.find((l) => l.view === 'inset')?.toward).toBe('Manzhouli');
    const main = legs.find((l) => l.view === 'main')?.d ?? '';
    const [, x, y] = /L(-?[\d.]+),(-?[\d.]+)$/.exec(main) ?? [];
    expect(Number(x) < 0.2 || Number(y) < 0.2).toBe(true);
  });

  it('draws legs shared by two routes side by side', () => {
    const shared = scene().legs.filter((l) => l.from === 'tumangang' && l.to === 'khasan');
    expect(shared.map((l) => l.routeId).sort()).toEqual(['direct', 'through-car']);
    expect(shared[0]?.d).not.toBe(shared[1]?.d);
  });

  it('places sightings in their view and counts those off the map', () => {
    const s = buildScene({
      views: fitted,
      places: factBase.places,
      lang: 'en',
      sightings: [
        { id: 'a', label: 'Khasan', lon: 130.65, lat: 42.43 },
        { id: 'b', label: 'Tyumen', lon: 65.53, lat: 57.15 },
        { id: 'c', label: 'Sydney', lon: 151.2, lat: -33.9 },
      ],
    });
    expect(s.sightings.map((x) => [x.id, x.view])).toEqual([
      ['a', 'main'],
      ['b', 'inset'],
    ]);
    expect(s.offMap).toBe(1);
  });
});

describe('the user’s sightings on the map', () => {
  type Box = { x: number; y: number; w: number; h: number; t?: string };
  const box = (at: { x: number; y: number; anchor: string }, text: string): Box => {
    const w = textWidth(text);
    const x = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - w : at.x - w / 2;
    // The text's box from its baseline, 1 px in from each side: label spots above and below a
    // point sit their box up to 2 px differently around the baseline (see labels.ts).
    return { x: x + 1, y: at.y - (10 * 5) / 6 + 1, w: w - 2, h: 8, t: text };
  };
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

  it('labels every sighting spot, one label for sightings on one spot, colliding with no place', () => {
    const s = buildScene({
      views: fitted,
      places: factBase.places,
      lang: 'en',
      sightings: [
        { id: 'a', label: 'Khasan, Dec 2024', short: 'Khasan · Dec 2024', lon: 130.65, lat: 42.43 },
        {
          id: 'b',
          label: 'Dandong, 16 Mar 2017',
          short: 'Dandong · 16 Mar 2017',
          lon: 124.39,
          lat: 40.12,
        },
        { id: 'c', label: 'Dandong, 2018', short: 'Dandong · 2018', lon: 124.39, lat: 40.12 },
        { id: 'd', label: 'Tyumen, c. 2025', short: 'Tyumen · c. 2025', lon: 65.53, lat: 57.15 },
      ],
    });
    const labelled = s.sightings.filter((x) => x.spot);
    expect(labelled.map((x) => x.text).sort()).toEqual([
      '2 sightings',
      'Khasan · Dec 2024',
      'Tyumen · c. 2025',
    ]);
    for (const view of ['main', 'inset']) {
      const boxes = [
        ...labelled
          .filter((x) => x.view === view)
          .map((x) => box(x.spot as NonNullable<typeof x.spot>, x.text)),
        ...s.places
          .filter(
            (p) => p.view === view && p.label && !['province', 'region', 'river'].includes(p.kind),
          )
          .map((p) => box(p.label as NonNullable<typeof p.label>, p.name)),
      ];
      boxes.forEach((a, i) => {
        boxes.slice(i + 1).forEach((b) => {
          expect(overlap(a, b), JSON.stringify([a, b])).toBe(false);
        });
      });
    }
  });
});
