import { describe, expect, it } from 'vitest';
import type { PageReport } from '@/src/messaging/protocol';
import { popupLinks, reportFormHref } from '@/src/popup/links';

const report: PageReport = {
  url: 'https://news.example/a?b=1&c=2',
  title: 'Workers & inns',
  lang: 'en',
  relevant: true,
  cards: [{ fact: 'inns-two-inns', topic: 'dandong-inns', why: 'The page names Dandong.' }],
  markCount: 3,
};

describe('popup links', () => {
  it('pre-fills the report form from a relevant page', () => {
    const href = reportFormHref(report);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(href.startsWith('/report.html?')).toBe(true);
    expect(params.get('url')).toBe(report.url);
    expect(params.get('title')).toBe(report.title);
  });

  it('opens a blank form otherwise', () => {
    expect(reportFormHref(null)).toBe('/report.html');
    expect(reportFormHref({ ...report, relevant: false })).toBe('/report.html');
    expect(reportFormHref({ ...report, url: 'file:///tmp/a.html' })).toBe('/report.html');
  });

  it('links the journal and the form', () => {
    expect(popupLinks(undefined).map((l) => l.label)).toEqual([
      'Sighting journal',
      'Report a sighting',
    ]);
  });
});
