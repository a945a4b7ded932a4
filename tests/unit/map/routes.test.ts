import { describe, expect, it } from 'vitest';
import { factBase } from '@/src/facts';
import { ROUTES, routeLegs, routePlaceIds, routesForFact } from '@/src/map/routes';

const route = (id: string) => {
  const r = ROUTES.find((x) => x.id === id);
  if (!r) throw new Error(`no route ${id}`);
  return r;
};
const legPairs = (id: string) => routeLegs(route(id)).map((l) => `${l.from}>${l.to}`);

describe('routes', () => {
  it('use only gazetteer places and existing facts', () => {
    for (const id of routePlaceIds()) expect(factBase.placeById(id), id).toBeDefined();
    for (const r of ROUTES) {
      for (const f of r.facts) expect(factBase.factById(f), `${r.id}: ${f}`).toBeDefined();
      for (const v of r.via) expect(r.paths.flat()).toContain(v);
    }
  });

  it('draw the direct route Rason – Tumangang – Khasan – Ussuriysk – Vladivostok / Khabarovsk', () => {
    expect(legPairs('direct')).toEqual([
      'rason>tumangang',
      'tumangang>khasan',
      'khasan>ussuriysk',
      'ussuriysk>vladivostok',
      'ussuriysk>khabarovsk',
    ]);
  });

  it('draw the China route Pyongyang – Sinuiju – Dandong – Shenyang – Harbin – Manzhouli – Moscow / Tyumen', () => {
    expect(legPairs('china')).toEqual([
      'pyongyang>sinuiju',
      'sinuiju>dandong',
      'dandong>shenyang',
      'shenyang>harbin',
      'harbin>manzhouli',
      'manzhouli>moscow',
      'manzhouli>tyumen',
    ]);
  });

  it('connect each path end to end, each leg once', () => {
    for (const r of ROUTES) {
      const legs = routeLegs(r);
      expect(new Set(legs.map((l) => `${l.from}>${l.to}`)).size).toBe(legs.length);
      for (const path of r.paths) {
        const starts = legs.filter((l) => path.includes(l.from) && path.includes(l.to));
        expect(starts.length).toBeGreaterThanOrEqual(path.length - 1);
      }
    }
  });

  it('cover every route-history fact', () => {
    for (const fact of factBase.factsByTopic('route-history')) {
      expect(routesForFact(fact.id).length, fact.id).toBeGreaterThan(0);
    }
  });

  it('keep period dates in the fact base date form', () => {
    for (const r of ROUTES) {
      for (const p of r.periods) {
        for (const d of [p.from, p.to]) if (d) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
  });
});

describe('route periods as text', () => {
  it('reads open, closed and single-month periods', async () => {
    const { formatPeriod } = await import('@/src/map/periods');
    expect(formatPeriod({ from: '1959-08', note: 'bridge opened' })).toBe(
      'from Aug 1959 (bridge opened)',
    );
    expect(formatPeriod({ from: '2008', to: '2020-02', note: 'twice a month' })).toBe(
      '2008 – Feb 2020 (twice a month)',
    );
    expect(formatPeriod({ to: '2007', note: 'closed about 2007' })).toBe(
      'until 2007 (closed about 2007)',
    );
    expect(formatPeriod({ from: '2017-03', to: '2017-03', note: 'one informant' })).toBe(
      'Mar 2017 (one informant)',
    );
  });
});
