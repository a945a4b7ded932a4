/**
 * The loader's guard: bad data is rejected with a message naming the collection, the record
 * and the field, and every problem is reported at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledData, FactBaseError, isCalendarDate, loadFactBase } from '@/src/facts/index';

type Json = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);
const rawFacts = () => clone(bundledData.facts) as Json[];
const rawSources = () => clone(bundledData.sources) as Json[];
const rawPlaces = () => clone(bundledData.places) as Json[];

function loadError(data: { facts?: unknown; sources?: unknown; places?: unknown }): FactBaseError {
  try {
    loadFactBase({ facts: rawFacts(), sources: rawSources(), places: rawPlaces(), ...data });
  } catch (error) {
    if (error instanceof FactBaseError) return error;
    throw error;
  }
  throw new Error('expected the loader to reject the data');
}

function withFirstFact(change: (fact: Json) => void): Json[] {
  const facts = rawFacts();
  change(facts[0] as Json);
  return facts;
}

describe('loadFactBase', () => {
  it('loads the bundled data and indexes it', () => {
    const base = loadFactBase();
    const meeting = base.factById('meeting-7th-jwg-2017');
    expect(meeting?.topic).toBe('russia-dprk-meeting');
    expect(base.mainSource(meeting as NonNullable<typeof meeting>)?.id).toBe('yonhap-2017-03-17');
    expect(base.placeById('khasan')?.names.en).toContain('Hassan');
    expect(base.sourceById('dailynk-en-2017-inns')?.lang).toBe('en');
    expect(base.factsByTopic('dandong-inns').every((f) => f.topic === 'dandong-inns')).toBe(true);
    expect(base.factById('no-such-fact')).toBeUndefined();
  });

  it('names the record and field of a missing date precision', () => {
    const facts = withFirstFact((f) => {
      (f.dates as Json[])[0] = { date: '2017-03' };
    });
    const id = (facts[0] as Json).id as string;
    expect(loadError({ facts }).message).toContain(`facts[0] "${id}": dates.0.precision:`);
  });

  it.each([
    ['2017-13', 'month'],
    ['2017-02-30', 'day'],
    ['17-03-2017', 'day'],
    ['2017-03', 'day'],
    ['2017', 'month'],
  ])('rejects the date %s with precision %s', (date, precision) => {
    const facts = withFirstFact((f) => {
      (f.dates as Json[])[0] = { date, precision };
    });
    expect(loadError({ facts }).problems.join('\n')).toMatch(/facts\[0\] "[^"]+": dates\.0/);
  });

  it('rejects a range that ends before it starts', () => {
    const facts = withFirstFact((f) => {
      (f.dates as Json[])[0] = {
        date: '2017-03',
        precision: 'month',
        end: { date: '2016', precision: 'year' },
      };
    });
    expect(loadError({ facts }).message).toContain('must not end before it starts');
  });

  it('rejects a misspelt key instead of ignoring it', () => {
    const facts = withFirstFact((f) => {
      f.sumary = f.summary;
    });
    expect(loadError({ facts }).message).toMatch(/facts\[0\] "[^"]+": sumary:/);
  });

  it('rejects a fact without sources or attributions', () => {
    const facts = withFirstFact((f) => {
      f.sources = [];
      f.attributions = [];
    });
    const { problems } = loadError({ facts });
    expect(problems.some((p) => p.includes('sources: every fact needs a source'))).toBe(true);
    expect(problems.some((p) => p.includes('attributions: every fact is attributed'))).toBe(true);
  });

  it('names unknown place, source and related-fact ids', () => {
    const facts = withFirstFact((f) => {
      f.places = ['atlantis'];
      f.related = ['no-such-fact'];
      (f.attributions as Json[])[0] = {
        ...(f.attributions as Json[])[0],
        source: 'no-such-source',
      };
    });
    const { message } = loadError({ facts });
    expect(message).toContain('places.0: unknown place id "atlantis"');
    expect(message).toContain('related.0: unknown fact id "no-such-fact"');
    expect(message).toContain('attributions.0.source: unknown source id "no-such-source"');
  });

  it('reports duplicate ids in each collection', () => {
    const facts = rawFacts();
    const sources = rawSources();
    const places = rawPlaces();
    facts.push(clone(facts[0] as Json));
    sources.push(clone(sources[0] as Json));
    places.push(clone(places[0] as Json));
    const { problems } = loadError({ facts, sources, places });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^facts: duplicate id/),
        expect.stringMatching(/^sources: duplicate id/),
        expect.stringMatching(/^places: duplicate id/),
      ]),
    );
  });

  it('requires confirmedBy exactly when a fact is confirmed', () => {
    const facts = withFirstFact((f) => {
      f.confidence = 'confirmed';
      delete f.confirmedBy;
    });
    expect(loadError({ facts }).message).toContain(
      'confirmedBy: required when confidence is "confirmed"',
    );
  });

  it('rejects a source without a usable URL and a place without names', () => {
    const sources = rawSources();
    (sources[2] as Json).url = 'not a url';
    const places = rawPlaces();
    ((places[1] as Json).names as Json).ko = [];
    const { message } = loadError({ sources, places });
    expect(message).toMatch(/sources\[2\] "[^"]+": url: must be a URL/);
    expect(message).toMatch(/places\[1\] "[^"]+": names\.ko: needs at least one name/);
  });

  it('rejects a collection that is not an array', () => {
    expect(loadError({ places: {} }).message).toContain('places: must be an array');
  });
});

describe('isCalendarDate', () => {
  it('agrees with the calendar for every day, month and year form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 2999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const real = new Date(Date.UTC(y, m - 1, d));
          const valid =
            m >= 1 && m <= 12 && d >= 1 && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
          expect(isCalendarDate(`${y}-${pad(m)}-${pad(d)}`)).toBe(valid);
          expect(isCalendarDate(`${y}-${pad(m)}`)).toBe(m >= 1 && m <= 12);
          expect(isCalendarDate(String(y))).toBe(true);
        },
      ),
    );
  });
});
