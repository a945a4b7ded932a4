import { describe, expect, it } from 'vitest';
import type { Source } from '@/src/facts/schema';
import { formatCitation } from '@/src/search/citation';
import { sampleSources } from './sample-base';

const today = new Date('2026-11-28T02:00:00Z');

describe('formatCitation', () => {
  it('cites publication, title, date, URL and the recorded access date', () => {
    const [dailyNk] = sampleSources;
    expect(formatCitation(dailyNk as Source, today)).toBe(
      'Daily NK. "Hundreds of North Korean workers dispatched to Russia via China." 22 Mar 2017. ' +
        'https://www.dailynk.com/english/hundreds-of-north-korean-workers-d/ (accessed 20 Nov 2026).',
    );
  });
  it('uses the day of citing when no access date is recorded', () => {
    const un = sampleSources[1] as Source;
    expect(formatCitation(un, today)).toContain('(accessed 28 Nov 2026).');
    expect(formatCitation({ ...un, title: 'Ends with a stop.' }, today)).toContain(
      '"Ends with a stop."',
    );
  });
  it('keeps approximate dates approximate and leaves out card labels', () => {
    const span = {
      date: '2017-03-21',
      precision: 'approximate',
      end: { date: '2017-03-23', precision: 'approximate' },
      label: 'exact day not shown on the page',
    } as const;
    const text = formatCitation({ ...(sampleSources[0] as Source), date: span }, today);
    expect(text).toContain('." c. 21 Mar 2017 – c. 23 Mar 2017. https://');
    expect(text).not.toContain('exact day');
  });
});
