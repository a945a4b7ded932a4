/** A card text applied to a fact: date labels, who says it, roles; a source's perspective. */
import { describe, expect, it } from 'vitest';
import { type FactText, parseFactTexts, withSourceText, withText } from '@/src/facts/fact-text';
import type { Fact, Source } from '@/src/facts/schema';

const fact: Fact = {
  id: 'meeting',
  topic: 'russia-dprk-meeting',
  title: 'Working-group meeting',
  summary: 'Russia and the DPRK met.',
  details: ['Seventh meeting'],
  dates: [
    { date: '2017-03-17', precision: 'day', label: 'summit' },
    { date: '2017-04', precision: 'month' },
  ],
  places: [],
  attributions: [
    { who: 'Kim Dong Nam', role: 'activist', source: 'a', kind: 'claim' },
    { who: 'BBC', role: 'broadcaster', source: 'b', kind: 'report' },
  ],
  confidence: 'confirmed',
  confirmedBy: 2,
  corrections: [],
  related: [],
  sources: ['a'],
  triggers: {},
};

const ko: FactText = {
  title: '실무그룹 회의',
  summary: '러시아와 북한이 만났다.',
  details: ['제7차 회의'],
  corrections: [],
  roles: ['활동가', '방송사'],
  dateLabels: ['정상회담', ''],
  whos: ['김동남', 'BBC'],
};

describe('withText', () => {
  it('gives the dates their translated labels and the attributions their names', () => {
    const shown = withText(fact, ko);
    expect(shown.dates.map((d) => d.label)).toEqual(['정상회담', undefined]);
    expect(shown.dates[0]?.date).toBe('2017-03-17');
    expect(shown.attributions.map((a) => a.who)).toEqual(['김동남', 'BBC']);
    expect(shown.attributions.map((a) => a.role)).toEqual(['활동가', '방송사']);
    expect(shown.attributions[0]?.source).toBe('a');
  });

  it('leaves out a label the text does not translate, and keeps the English name', () => {
    const shown = withText(fact, { ...ko, dateLabels: ['', ''], whos: undefined });
    expect(shown.dates[0]?.label).toBeUndefined();
    expect(shown.dates[0]?.date).toBe(fact.dates[0]?.date);
    expect(shown.attributions[0]?.who).toBe('Kim Dong Nam');
  });

  it('adds no label to a date the English leaves without one', () => {
    const shown = withText(fact, { ...ko, dateLabels: ['정상회담', '발표'] });
    expect(shown.dates[1]?.label).toBeUndefined();
  });

  it('leaves the fact as it is without a text', () => {
    expect(withText(fact, undefined)).toBe(fact);
  });
});

describe('withSourceText', () => {
  const source: Source = {
    id: 'a',
    publication: 'Daily NK',
    title: 'Workers sent to Russia',
    date: { date: '2017-03', precision: 'month' },
    url: 'https://example.org/a',
    lang: 'en',
    perspective: 'Seoul-based online outlet',
  };

  it('replaces the perspective and nothing else', () => {
    const shown = withSourceText(source, { perspective: '서울에 본사를 둔 온라인 매체' });
    expect(shown.perspective).toBe('서울에 본사를 둔 온라인 매체');
    expect(shown.title).toBe(source.title);
    expect(shown.publication).toBe('Daily NK');
  });

  it('adds no perspective to a source that has none', () => {
    const plain = { ...source, perspective: undefined };
    expect(withSourceText(plain, { perspective: '매체' }).perspective).toBeUndefined();
  });
});

describe('parseFactTexts', () => {
  it('reads a language table of card texts and perspectives', () => {
    const table = parseFactTexts({
      facts: { meeting: ko },
      sources: { a: { perspective: '매체' } },
    });
    expect(table.facts.meeting?.whos).toEqual(['김동남', 'BBC']);
    expect(table.sources.a?.perspective).toBe('매체');
  });

  it('refuses a table of the old shape or an empty perspective, naming where', () => {
    expect(() => parseFactTexts({ meeting: ko })).toThrow(/Card texts refused/);
    expect(() => parseFactTexts({ facts: {}, sources: { a: { perspective: ' ' } } })).toThrow(
      /sources\.a\.perspective/,
    );
  });
});
