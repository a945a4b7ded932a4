/** The `npm run facts` output: readable summary per topic and a complete JSON document. */
import { describe, expect, it } from 'vitest';
import { formatConfidence, formatFuzzyDate, formatJson, formatSummary } from '@/src/facts/format';
import { factBase } from '@/src/facts/index';
import { TOPIC_LABELS } from '@/src/vocabulary';

describe('formatFuzzyDate', () => {
  it.each([
    [{ date: '2017-03-17', precision: 'day' }, '17 Mar 2017'],
    [{ date: '2017-03', precision: 'month' }, 'Mar 2017'],
    [{ date: '1959', precision: 'year' }, '1959'],
    [{ date: '2007', precision: 'approximate' }, 'c. 2007'],
    [
      { date: '2017-03-01', precision: 'day', end: { date: '2017-06-22', precision: 'day' } },
      '1 Mar 2017 – 22 Jun 2017',
    ],
    [
      {
        date: '2017-03-21',
        precision: 'approximate',
        end: { date: '2017-03-23', precision: 'approximate' },
      },
      'c. 21 Mar 2017 – c. 23 Mar 2017',
    ],
  ] as const)('renders %o as %s', (date, text) => {
    expect(formatFuzzyDate(date)).toBe(text);
  });
});

describe('formatSummary', () => {
  const summary = formatSummary(factBase);

  it('lists every fact once under its topic heading, in topic order', () => {
    const headings = [...summary.matchAll(/^## (.+) \(\d+\)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(Object.values(TOPIC_LABELS));
    for (const fact of factBase.facts) {
      expect(
        summary.split('\n').filter((l) => l === `- ${fact.title}`),
        fact.id,
      ).toHaveLength(1);
    }
  });

  it('shows date, confidence and main source for a fact', () => {
    const meeting = factBase.factById('meeting-7th-jwg-2017');
    expect(meeting).toBeDefined();
    expect(summary).toContain(
      `- ${meeting?.title}\n    17 Mar 2017 · confirmed (2 sources) · Yonhap News, 17 Mar 2017`,
    );
  });

  it('labels confidence as readers see it', () => {
    const projection = factBase.factById('inns-thousands-projection');
    expect(projection && formatConfidence(projection)).toBe('in source');
  });
});

describe('formatJson', () => {
  it('round-trips facts, sources and places, and adds terms only when given', () => {
    const doc = JSON.parse(formatJson(factBase)) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['facts', 'sources', 'places']);
    expect(doc.facts).toEqual(factBase.facts);
    expect(doc.places).toEqual(factBase.places);
    const withTerms = JSON.parse(formatJson(factBase, { version: 1 })) as Record<string, unknown>;
    expect(withTerms.terms).toEqual({ version: 1 });
  });
});
