/** Card ranking: named facts first, then subjects' key facts, then background; by the page's time. */
import { describe, expect, it } from 'vitest';
import { chooseCards, type RankBase, type RankedDetection } from '@/src/cards/rank';
import type { PageDate } from '@/src/dates/page-date';
import type { Match } from '@/src/detect/types';
import type { Fact } from '@/src/facts/schema';
import type { Topic } from '@/src/vocabulary';

function fact(id: string, topic: Topic, date: string, extra: Partial<Fact> = {}): Fact {
  return {
    id,
    topic,
    title: id,
    summary: id,
    details: [],
    dates: [{ date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day' }],
    places: [],
    attributions: [{ who: 'x', role: 'y', source: 's', kind: 'report' }],
    confidence: 'single-source',
    corrections: [],
    related: [],
    sources: ['s'],
    triggers: {},
    ...extra,
  };
}

const FACTS: Fact[] = [
  fact('inns-2017', 'dandong-inns', '2017-03', { places: ['dandong'] }),
  fact('route-2017', 'route-history', '2017-03', { places: ['dandong', 'harbin'] }),
  fact('route-2025', 'route-history', '2025-06', { places: ['khasan'], key: true }),
  fact('pay-2025', 'conditions-pay', '2025-08-12', { key: true }),
  fact('pay-2016', 'conditions-pay', '2016', { key: true }),
  fact('pay-2024-minor', 'conditions-pay', '2024-10', { places: ['khimki'] }),
  fact('res-2397', 'sanctions', '2017-12-22', { key: true, standing: true }),
  fact('res-2321', 'sanctions', '2016-11-30', { key: true, standing: true }),
  fact('msmt-2025', 'sanctions', '2025-05', { key: true }),
  fact('est-2017', 'numbers', '2017', { key: true }),
  fact('est-2025', 'numbers', '2025-06', { key: true }),
  fact('est-2023', 'numbers', '2023', { key: true }),
];
const base: RankBase = {
  facts: FACTS,
  factById: (id) => FACTS.find((f) => f.id === id),
};

function match(term: string, factIds: string[] = [], placeId?: string): Match {
  return {
    term,
    start: 0,
    end: term.length,
    role: 'place',
    strength: 'weak',
    lang: 'en',
    factIds,
    placeId,
  };
}

function detection(over: Partial<RankedDetection> = {}): RankedDetection {
  return { relevant: true, facts: [], subjects: [], matches: [], ...over };
}
const dated = (date: string): PageDate => ({ date, precision: 'day', source: 'meta' });
const ids = (d: RankedDetection, date: PageDate | null) =>
  chooseCards(d, base, { pageDate: date, today: '2026-12-03' }).cards.map((c) => c.fact);

describe('chooseCards', () => {
  it('gives an irrelevant page nothing and every relevant page background cards', () => {
    expect(
      chooseCards(detection({ relevant: false }), base, { pageDate: null, today: '2026-12-03' })
        .cards,
    ).toEqual([]);
    const bare = ids(detection(), dated('2025-09-01'));
    expect(bare.length).toBeGreaterThanOrEqual(3);
    // Background: the rules in force and the estimates nearest the article's time.
    expect(bare).toEqual(expect.arrayContaining(['res-2397', 'est-2025']));
    expect(bare.indexOf('est-2025')).toBeLessThan(
      bare.indexOf('est-2017') === -1 ? 99 : bare.indexOf('est-2017'),
    );
  });

  it('puts the facts the page names first, with the page word in the why line', () => {
    const d = detection({
      facts: ['route-2017'],
      matches: [match('via Harbin', ['route-2017'])],
      subjects: [{ topic: 'conditions-pay', weight: 3 }],
    });
    const { cards } = chooseCards(d, base, { pageDate: dated('2017-03-22'), today: '2026-12-03' });
    expect(cards[0]).toMatchObject({ fact: 'route-2017', why: 'The page mentions “via Harbin”' });
  });

  it('opens with the fact the headline names, before the heavier topic named later', () => {
    const at = (m: Match, start: number): Match => ({ ...m, start, end: start + m.term.length });
    const d = detection({
      facts: ['route-2017', 'inns-2017'],
      matches: [
        at(match('two Dandong inns', ['inns-2017']), 40),
        at(match('via Harbin', ['route-2017']), 900),
        at(match('via Harbin', ['route-2017']), 1400),
      ],
      subjects: [
        { topic: 'route-history', weight: 6 },
        { topic: 'dandong-inns', weight: 2 },
      ],
    });
    expect(ids(d, dated('2017-03-22'))[0]).toBe('inns-2017');
    // Named in the body only, the heavier topic's fact leads.
    const later = { ...d, matches: d.matches.map((m) => at(m, m.start + 1000)) };
    expect(ids(later, dated('2017-03-22'))[0]).toBe('route-2017');
  });

  it("gives a page on a subject that subject's key facts though it names none of their triggers", () => {
    const d = detection({ subjects: [{ topic: 'conditions-pay', weight: 4 }] });
    const { cards } = chooseCards(d, base, { pageDate: dated('2025-09-01'), today: '2026-12-03' });
    const pay = cards.filter((c) => c.topic === 'conditions-pay');
    expect(pay.map((c) => c.fact)).toEqual(['pay-2025', 'pay-2016']);
    expect(pay[0]?.why).toBe('Background for pages about pay and conditions');
    // A fact of the subject that is not key comes in when it is about a place the page names.
    const khimki = detection({
      subjects: [{ topic: 'conditions-pay', weight: 4 }],
      matches: [match('Khimki', [], 'khimki')],
    });
    const withPlace = chooseCards(khimki, base, {
      pageDate: dated('2025-09-01'),
      today: '2026-12-03',
    });
    expect(withPlace.cards.map((c) => c.fact)).toContain('pay-2024-minor');
    // A topic mentioned once is not a subject of the page.
    const once = chooseCards(
      detection({ subjects: [{ topic: 'conditions-pay', weight: 1 }] }),
      base,
      {
        pageDate: dated('2025-09-01'),
        today: '2026-12-03',
      },
    );
    expect(once.cards.some((c) => c.topic === 'conditions-pay')).toBe(false);
  });

  it("orders by the article's time: from around it first, what followed next, older history last", () => {
    const d = detection({
      facts: ['inns-2017'],
      matches: [match('Dandong inns', ['inns-2017'])],
      subjects: [{ topic: 'conditions-pay', weight: 4 }],
    });
    const in2025 = chooseCards(d, base, {
      pageDate: dated('2025-09-01'),
      today: '2026-12-03',
    }).cards;
    const order = in2025.map((c) => c.fact);
    // A 2025 article does not open with a 2017 card, though it names it.
    expect(order.indexOf('pay-2025')).toBeLessThan(order.indexOf('inns-2017'));
    expect(in2025.find((c) => c.fact === 'inns-2017')).toMatchObject({ band: 'earlier' });
    expect(in2025.find((c) => c.fact === 'inns-2017')?.why).toContain('earlier history');
    const in2017 = chooseCards(d, base, {
      pageDate: dated('2017-03-22'),
      today: '2026-12-03',
    }).cards;
    expect(in2017[0]?.fact).toBe('inns-2017');
    expect(in2017.find((c) => c.fact === 'pay-2025')).toMatchObject({ band: 'later' });
  });

  it('treats a standing rule as current for any later page, the newer rule first', () => {
    const cards = chooseCards(detection(), base, {
      pageDate: dated('2024-05-01'),
      today: '2026-12-03',
    }).cards;
    const rules = cards.filter((c) => c.topic === 'sanctions');
    expect(rules.every((c) => c.band === 'around')).toBe(true);
    expect(rules[0]?.why).toBe('The rules at the article’s time (2024)');
  });

  it('ranks a page without a date for today and says so in no why line', () => {
    const { cards } = chooseCards(detection(), base, { pageDate: null, today: '2026-12-03' });
    expect(cards.find((c) => c.topic === 'numbers')?.fact).toBe('est-2025');
    expect(cards.find((c) => c.topic === 'numbers')?.why).toBe('The latest estimates');
  });

  it("opens for each mark its own card: a trigger its fact, a place the place's nearest fact", () => {
    const d = detection({
      facts: ['inns-2017'],
      matches: [
        match('inns in Dandong', ['inns-2017']),
        match('Khasan', [], 'khasan'),
        match('Pyongyang', [], 'pyongyang'),
        match('workers'),
      ],
    });
    const { cards, matchCards } = chooseCards(d, base, {
      pageDate: dated('2025-09-01'),
      today: '2026-12-03',
      unmarkedPlaces: new Set(['pyongyang']),
    });
    expect(matchCards).toEqual(['inns-2017', 'route-2025', null, null]);
    for (const id of matchCards) if (id) expect(cards.map((c) => c.fact)).toContain(id);
  });

  it('prefers the facts of the one country a page is about, for subjects and background', () => {
    const facts = [
      // The Russian facts are nearer the page's time: only the country puts China first.
      fact('work-china', 'where-they-work', '2022-06', { places: ['donggang'], key: true }),
      fact('work-russia', 'where-they-work', '2024-03', { places: ['vladivostok'], key: true }),
      fact('est-china', 'numbers', '2023', { places: ['dandong'] }),
      fact('est-russia', 'numbers', '2024', { places: ['moscow'] }),
    ];
    const countries = new Map([
      ['donggang', 'cn'],
      ['dandong', 'cn'],
      ['shenyang', 'cn'],
      ['harbin', 'cn'],
      ['vladivostok', 'ru'],
      ['moscow', 'ru'],
      ['pyongyang', 'kp'],
    ]);
    const small: RankBase = { facts, factById: (id) => facts.find((f) => f.id === id) };
    const onChina = detection({
      subjects: [{ topic: 'where-they-work', weight: 4 }],
      // Places in China that none of the facts names: only their country links them.
      matches: [
        match('Shenyang', [], 'shenyang'),
        match('Harbin', [], 'harbin'),
        match('Pyongyang', [], 'pyongyang'),
      ],
    });
    const order = (d: RankedDetection, map?: Map<string, string>) =>
      chooseCards(d, small, {
        pageDate: dated('2024-03-21'),
        today: '2026-12-03',
        placeCountries: map,
      }).cards.map((c) => c.fact);
    const unaware = order(onChina);
    expect(unaware.indexOf('work-russia')).toBeLessThan(unaware.indexOf('work-china'));
    const china = order(onChina, countries);
    expect(china.indexOf('work-china')).toBeLessThan(china.indexOf('work-russia'));
    expect(china.indexOf('est-china')).toBeLessThan(china.indexOf('est-russia'));
    // A page naming places in two countries has no main one: no preference.
    const mixed = detection({
      ...onChina,
      matches: [match('Dandong', [], 'dandong'), match('Vladivostok', [], 'vladivostok')],
    });
    expect(order(mixed, countries)).toEqual(order(mixed));
  });

  it("opens with a named fact of the page's main subject before one it names in passing", () => {
    // The page names the inns first (a source quoted once) but is about the route.
    const d = detection({
      facts: ['inns-2017', 'route-2017'],
      matches: [match('the inn', ['inns-2017']), match('via Harbin', ['route-2017'])],
      subjects: [
        { topic: 'route-history', weight: 6 },
        { topic: 'dandong-inns', weight: 1 },
      ],
    });
    const order = ids(d, dated('2017-03-22'));
    expect(order[0]).toBe('route-2017');
    expect(order).toContain('inns-2017');
  });

  it('opens with a fact the page names when it is from around the page’s time', () => {
    const d = detection({
      facts: ['route-2025'],
      matches: [match('Khasan bridge', ['route-2025'])],
      subjects: [{ topic: 'conditions-pay', weight: 6 }],
    });
    expect(ids(d, dated('2025-09-01'))[0]).toBe('route-2025');
  });
});
