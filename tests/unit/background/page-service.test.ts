/** The background's one answer about a page: verdict, ranked cards, marks, recorded quotes. */
import { describe, expect, it } from 'vitest';
import { analyzePage, forgottenPage, parsePageRequest } from '@/src/background/page-service';
import { detect } from '@/src/detect';
import { factBase } from '@/src/facts';
import type { RecordedQuote } from '@/src/sightings/resurface';
import { safePageReport } from '@/src/tabs/page-report';

const TEXT =
  'Groups of about two hundred North Korean workers from Pyongyang stayed for a week at two inns in Dandong before boarding trains for Russia via Harbin, a rights group said on 21 March 2017.';
const SENDER = { url: 'https://news.example/2017/03/22/workers', title: 'Workers in Dandong' };
const request = (text = TEXT) => ({
  text,
  zones: [],
  sensitivity: 'normal' as const,
  dateHints: { meta: ['2017-03-22T09:00:00Z'] },
});
const deps = (quotes: RecordedQuote[] = []) => ({
  base: factBase,
  recordedQuotes: async () => quotes,
  today: () => '2026-12-03',
});

describe('page service', () => {
  it('answers with the detector verdict, cards in rank order and a card for every mark', async () => {
    const { answer, report } = await analyzePage(request(), SENDER, deps());
    const d = detect(TEXT);
    expect(answer.relevant).toBe(d.relevant);
    expect(answer.score).toBe(d.score);
    expect(answer.pageDate).toEqual({ date: '2017-03-22', precision: 'day', source: 'meta' });
    expect(answer.cards.length).toBeGreaterThanOrEqual(3);
    const ids = answer.cards.map((c) => c.id);
    for (const mark of answer.marks) expect(ids).toContain(mark.card);
    for (const card of answer.cards) expect(card.why.length).toBeGreaterThan(5);
    // The tab state is the same list: badge, control and popup agree.
    expect(report.cards.map((c) => c.fact)).toEqual(ids);
    expect(report).toMatchObject({ url: SENDER.url, title: SENDER.title, relevant: true });
    expect(report.markCount).toBe(answer.marks.length);
  });

  it('marks no common word: every mark opens a card and none is "workers" or "Russia"', async () => {
    const { answer } = await analyzePage(request(), SENDER, deps());
    const terms = answer.marks.map((m) => TEXT.slice(m.start, m.end).toLowerCase());
    expect(terms.some((t) => t.includes('dandong'))).toBe(true);
    for (const [i, m] of answer.marks.entries())
      if (i > 0)
        expect(m.start).toBeGreaterThanOrEqual((answer.marks[i - 1] as { end: number }).end);
    for (const common of ['workers', 'north korean workers', 'russia', 'pyongyang'])
      expect(terms).not.toContain(common);
  });

  it('resurfaces recorded quotes found on the page, and sends back only ids, offsets and dates', async () => {
    const exact = 'stayed for a week at two inns in Dandong';
    const start = TEXT.indexOf(exact);
    const quotes: RecordedQuote[] = [
      {
        id: 's1',
        url: 'https://elsewhere.example/a',
        createdAt: '2026-01-05T10:00:00Z',
        exact,
        prefix: '',
        suffix: '',
        start: 0,
        end: exact.length,
      },
      {
        id: 's2',
        url: SENDER.url,
        createdAt: '2026-01-06T10:00:00Z',
        exact: 'a quote from another page entirely',
        prefix: '',
        suffix: '',
        start: 0,
        end: 10,
      },
    ];
    const { answer } = await analyzePage(request(), SENDER, deps(quotes));
    expect(answer.recorded).toEqual([
      { sightingId: 's1', start, end: start + exact.length, recordedAt: '2026-01-05T10:00:00Z' },
    ]);
    expect(JSON.stringify(answer)).not.toContain('another page entirely');
  });

  it('answers an irrelevant page with empty lists and keeps it as such for the tab', async () => {
    const { answer, report } = await analyzePage(
      request('A recipe for kimchi stew with pork and tofu.'),
      SENDER,
      deps(),
    );
    expect(answer).toMatchObject({ relevant: false, cards: [], marks: [], recorded: [] });
    expect(report).toMatchObject({ relevant: false, cards: [], markCount: 0 });
    expect(forgottenPage(SENDER)).toMatchObject({ relevant: false, cards: [], url: SENDER.url });
  });

  it("keeps a tab state that reads back, whatever the sender's title and address", async () => {
    const long = { url: `https://news.example/${'a'.repeat(9000)}`, title: 'T'.repeat(3000) };
    const { report } = await analyzePage(request(), long, deps());
    expect(safePageReport(report)).toEqual(report);
    expect(safePageReport(forgottenPage(long))).toEqual(forgottenPage(long));
  });

  it('refuses malformed requests with the offending field named', () => {
    const ok = request();
    expect(() => parsePageRequest({ ...ok, text: 1 })).toThrow(/text/);
    expect(() => parsePageRequest({ ...ok, sensitivity: 'max' })).toThrow(/sensitivity/);
    expect(() =>
      parsePageRequest({ ...ok, zones: [{ start: -1, end: 2, kind: 'boilerplate' }] }),
    ).toThrow(/zones/);
    expect(() => parsePageRequest({ ...ok, dateHints: { meta: ['x'.repeat(300)] } })).toThrow(
      /dateHints/,
    );
    expect(() => parsePageRequest({ ...ok, url: 'https://spoofed.example' })).toThrow();
    expect(() => parsePageRequest(null)).toThrow(/Bad page request/);
  });
});

describe('page request from a real document', () => {
  it('accepts the date hints the content script collects', async () => {
    const { parseHTML } = await import('linkedom');
    const { collectDateHints } = await import('@/src/page/date-hints');
    const { document } = parseHTML(
      '<html><head><meta property="article:published_time" content="2025-08-12T09:00:00Z"><script type="application/ld+json">{"datePublished":"2025-08-12"}</script></head><body><time datetime="2025-08-12">12 Aug</time></body></html>',
    );
    const hints = collectDateHints(document as unknown as Document);
    expect(() => parsePageRequest({ ...request(), dateHints: hints })).not.toThrow();
    expect(hints.meta).toEqual(['2025-08-12T09:00:00Z']);
  });
});
