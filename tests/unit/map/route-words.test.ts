/**
 * The route map's data words reach every interface language: each route, period note and
 * timeline fact has a catalog key, and the leg list's periods read in the language.
 */
import { describe, expect, it } from 'vitest';
import { factBase } from '@/src/facts';
import { catalogs } from '@/src/i18n/messages';
import { formatPeriod } from '@/src/map/periods';
import {
  catalogKey,
  PERIOD_NOTE_KEYS,
  periodNote,
  routeName,
  shortName,
} from '@/src/map/route-words';
import { ROUTES } from '@/src/map/routes';
import { factEvents, sightingEvents, TIMELINE_FACTS } from '@/src/map/timeline-events';
import { LANGS } from '@/src/vocabulary';

describe('route map words', () => {
  it('have a catalog key for every route, note and timeline fact', () => {
    for (const route of ROUTES) {
      expect(catalogKey(`journalMap.route.${route.id}`), route.id).not.toBeNull();
      for (const period of route.periods)
        expect(PERIOD_NOTE_KEYS[period.note], period.note).toBeDefined();
    }
    for (const fact of TIMELINE_FACTS)
      expect(catalogKey(`journalMap.short.${fact.id}`), fact.id).not.toBeNull();
    for (const key of Object.values(PERIOD_NOTE_KEYS))
      for (const lang of LANGS) expect(catalogs[lang][key]).toBeTruthy();
  });

  it('keep the English data as it is and translate it for the other languages', () => {
    const direct = ROUTES.find((r) => r.id === 'direct');
    if (!direct) throw new Error('no direct route');
    expect(routeName(direct)).toBe(direct.name);
    expect(routeName(direct, 'ko')).toBe('두만강을 건너는 직통 경로');
    expect(routeName({ id: 'unknown-route', name: 'Some route' }, 'ja')).toBe('Some route');
    expect(periodNote('bridge opened', 'ru')).toBe('открытие моста');
    expect(periodNote('a note nobody translated', 'ru')).toBe('a note nobody translated');
    expect(shortName('sanctions-2371', 'Res. 2371', 'zh')).toBe('第2371号决议');
    expect(formatPeriod({ from: '1959-08', note: 'bridge opened' })).toBe(
      'from Aug 1959 (bridge opened)',
    );
    expect(formatPeriod({ from: '1959-08', note: 'bridge opened' }, 'ko')).toBe(
      '1959년 8월부터 (다리 개통)',
    );
  });

  it('word timeline events in the interface language', () => {
    const en = factEvents((id) => factBase.factById(id));
    const ja = factEvents((id) => factBase.factById(id), undefined, 'ja');
    expect(ja).toHaveLength(en.length);
    expect(ja.map((e) => e.short)).toContain('決議2371');
    expect(ja.find((e) => e.short === '決議2371')?.text).toMatch(/^2017年8月5日: /);
    const [sighting] = sightingEvents(
      [{ id: 's', observed: { date: '2024-12', precision: 'month' }, place: 'Хасан' }],
      'ru',
    );
    expect(sighting?.text).toBe('Ваше наблюдение, декабрь 2024 г., Хасан');
  });
});
