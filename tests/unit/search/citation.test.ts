import { describe, expect, it } from 'vitest';
import type { Source } from '@/src/facts/schema';
import { formatCitation, formatFuzzyDate } from '@/src/search/citation';
import { sampleSources } from './sample-base';

const today = new Date('2026-11-28T02:00:00Z');

describe('formatFuzzyDate', () => {
  it('never states more precision than the date has', () => {
    expect(formatFuzzyDate({ date: '2017-03-17', precision: 'day' })).toBe('17 March 2017');
    expect(formatFuzzyDate({ date: '2017-03', precision: 'month' })).toBe('March 2017');
    expect(formatFuzzyDate({ date: '2017', precision: 'year' })).toBe('2017');
    expect(formatFuzzyDate({ date: '2007', precision: 'approximate' })).toBe('c. 2007');
  });
  it('writes spans with both ends', () => {
    const span = {
      date: '2017-03-21',
      precision: 'approximate',
      end: { date: '2017-03-23', precision: 'approximate' },
    } as const;
    expect(formatFuzzyDate(span)).toBe('c. 21 March 2017 – 23 March 2017');
  });
});

describe('formatCitation', () => {
  it('cites publication, title, date, URL and the recorded access date', () => {
    const [dailyNk] = sampleSources;
    expect(formatCitation(dailyNk as Source, today)).toBe(
      'Daily NK. "Hundreds of North Korean workers dispatched to Russia via China." 22 March 2017. ' +
        'https://www.dailynk.com/english/hundreds-of-north-korean-workers-d/ (accessed 20 November 2026).',
    );
  });
  it('uses the day of citing when no access date is recorded', () => {
    const un = sampleSources[1] as Source;
    expect(formatCitation(un, today)).toContain('(accessed 28 November 2026).');
    expect(formatCitation({ ...un, title: 'Ends with a stop.' }, today)).toContain(
      '"Ends with a stop."',
    );
  });
});
