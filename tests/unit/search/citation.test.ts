import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Source } from '@/src/facts/schema';
import { formatCitation } from '@/src/search/citation';
import { sampleSources } from './sample-base';

const dailyNk = sampleSources[0] as Source;
const un = sampleSources[1] as Source;

afterEach(() => {
  vi.useRealTimers();
});

describe('formatCitation', () => {
  it('cites publication, title, date, URL and the recorded access date', () => {
    expect(formatCitation(dailyNk)).toBe(
      'Daily NK. "Hundreds of North Korean workers dispatched to Russia via China." 22 Mar 2017. ' +
        'https://www.dailynk.com/english/hundreds-of-north-korean-workers-d/ (accessed 20 Nov 2026).',
    );
  });

  it('takes the access date from the source, whatever day it is cited', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-05T12:00:00Z'));
    expect(formatCitation({ ...dailyNk, accessed: '2025-02-03' })).toContain(
      ' (accessed 3 Feb 2025).',
    );
    expect(formatCitation(dailyNk)).not.toContain('2030');
  });

  it('gives no access date when none is recorded, never the day of citing', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-28T02:00:00Z'));
    const text = formatCitation(un);
    expect(text).toBe(
      'United Nations. "Security Council tightens sanctions on DPRK." 22 Dec 2017. ' +
        'https://press.un.org/en/2017/sc13141.doc.htm.',
    );
    expect(text).not.toContain('accessed');
    expect(text).not.toContain('28 Nov 2026');
  });

  it('does not double the full stop of a title that has one', () => {
    expect(formatCitation({ ...un, title: 'Ends with a stop.' })).toContain('"Ends with a stop."');
  });

  it('names the site of a copy before its URL', () => {
    const copy: Source = {
      ...dailyNk,
      via: 'Internet Archive',
      url: 'https://web.archive.org/web/2017/https://www.dailynk.com/english/x/',
    };
    expect(formatCitation(copy)).toBe(
      'Daily NK. "Hundreds of North Korean workers dispatched to Russia via China." 22 Mar 2017. ' +
        'Copy at Internet Archive: https://web.archive.org/web/2017/https://www.dailynk.com/english/x/ ' +
        '(accessed 20 Nov 2026).',
    );
    expect(formatCitation(dailyNk)).not.toContain('Copy at');
  });

  it('writes an approximate span in one month compactly and leaves out card labels', () => {
    const span = {
      date: '2017-03-21',
      precision: 'approximate',
      end: { date: '2017-03-23', precision: 'approximate' },
      label: 'exact day not shown on the page',
    } as const;
    const text = formatCitation({ ...dailyNk, date: span });
    expect(text).toContain('." c. 21–23 Mar 2017. https://');
    expect(text).not.toContain('exact day');
  });

  it('writes a single approximate date with its "c."', () => {
    const text = formatCitation({ ...un, date: { date: '2017', precision: 'approximate' } });
    expect(text).toContain('." c. 2017. https://');
  });
});
