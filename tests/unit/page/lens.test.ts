// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Detection, Match } from '@/src/detect/types';
import type { PageReport, ReportRequest, SightingQuote } from '@/src/messaging/protocol';
import { HOST_TAG } from '@/src/page/host';
import { Lens, type LensDeps } from '@/src/page/lens';
import type { CardView } from '@/src/ui/card-view';

const ARTICLE = 'Workers stayed at two inns in Dandong. Then they left for Russia by train.';

function card(id: string): CardView {
  return {
    id,
    topic: 'dandong-inns',
    title: `Card ${id}`,
    summary: 'Summary',
    details: [],
    dates: [{ date: '2017-03', precision: 'month' }],
    places: ['Dandong'],
    attributions: [],
    confidence: 'single-source',
    corrections: [],
    sources: [],
  };
}

function match(term: string, factIds: string[]): Match {
  const start = ARTICLE.indexOf(term);
  return {
    term,
    start,
    end: start + term.length,
    role: 'place',
    strength: 'strong',
    lang: 'en',
    factIds,
  };
}

/** A relevant verdict with one match, Dandong, anchoring the inns fact. */
function dandongOnly(): Detection {
  return {
    relevant: true,
    score: 0.9,
    lang: 'en',
    topics: ['dandong-inns'],
    facts: ['inns'],
    matches: [match('Dandong', ['inns'])],
  };
}

function setup(relevant = true, overrides: Partial<LensDeps> = {}) {
  document.body.innerHTML = `<p>${ARTICLE}</p>`;
  const reports: PageReport[] = [];
  const requests: ReportRequest[] = [];
  const quotes: SightingQuote[] = [
    {
      id: 's1',
      exact: 'Then they left for Russia by train.',
      prefix: '',
      suffix: '',
      createdAt: '2026-03-21T10:00:00Z',
      observedDate: '2017-03',
      url: 'https://elsewhere.example/',
      start: 0,
      end: 35,
    },
    {
      id: 's2',
      exact: 'Workers stayed at two inns in Dandong!',
      prefix: '',
      suffix: ' Then they left',
      createdAt: '2026-03-22T10:00:00Z',
      observedDate: '2017-03',
      url: document.location.href,
      start: 0,
      end: 38,
    },
    {
      id: 's3',
      exact: 'A sentence that is on no page at all.',
      prefix: '',
      suffix: '',
      createdAt: '2026-03-23T10:00:00Z',
      observedDate: '2017-03',
      url: document.location.href,
      start: 0,
      end: 37,
    },
  ];
  let isRelevant = relevant;
  const deps: LensDeps = {
    quickGate: (text) => text.includes('Dandong'),
    buildTextMap: (root) => {
      const node = root.querySelector('p')?.firstChild as Text;
      return { text: node.data, nodes: [node], starts: [0], zones: [] };
    },
    detect: async (): Promise<Detection> => ({
      relevant: isRelevant,
      score: 0.8,
      lang: 'en',
      topics: ['dandong-inns'],
      facts: isRelevant ? ['inns', 'route'] : [],
      matches: isRelevant ? [match('Dandong', ['inns']), match('Russia', ['route'])] : [],
    }),
    loadUi: () => import('@/src/page/ui-module'),
    fetchRouteMapData: async () => {
      throw new Error('no map in these tests');
    },
    fetchCards: async (ids) => ids.map(card),
    fetchSightingQuotes: async () => quotes,
    reportPage: (r) => reports.push(r),
    openReport: (r) => requests.push(r),
    turnOffSite: () => undefined,
    ...overrides,
  };
  const lens = new Lens(document, deps, 'normal');
  return { lens, reports, requests, setRelevant: (v: boolean) => (isRelevant = v) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));
const shadow = () => document.querySelector(HOST_TAG)?.shadowRoot;
/** The first element matching `selector` in the overlay; fails the test when missing. */
function inOverlay<T extends HTMLElement>(selector: string): T {
  const el = shadow()?.querySelector<T>(selector);
  if (!el) throw new Error(`No ${selector} in the overlay`);
  return el;
}

let current: Lens | null = null;
afterEach(() => current?.destroy());

describe('Lens', () => {
  it('mounts one host with the card count, loads cards and the recorded-sighting line', async () => {
    const { lens, reports } = setup();
    current = lens;
    await lens.rescan();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(shadow()?.querySelector('.toggle')?.textContent).toContain('2 context cards');
    inOverlay('.toggle').click();
    await flush();
    expect(
      [...(shadow()?.querySelectorAll('.panel .card h4') ?? [])].map((h) => h.textContent),
    ).toEqual(['Card inns', 'Card route']);
    // Exact quotes are found on any page; a quote recorded on this URL is found even edited.
    const recorded = [...(shadow()?.querySelectorAll('.recorded') ?? [])].map((p) => p.textContent);
    expect(recorded).toHaveLength(2);
    expect(recorded[0]).toContain('21 Mar 2026');
    expect(recorded[1]).toContain('22 Mar 2026');
    expect(reports.at(-1)).toMatchObject({
      relevant: true,
      factIds: ['inns', 'route'],
      matchCount: 2,
    });
    await lens.rescan();
    expect(reports).toHaveLength(1);
  });

  it('opens a term card from the list and reports a sighting with the sentence around it', async () => {
    const { lens, requests } = setup();
    current = lens;
    await lens.rescan();
    inOverlay('.toggle').click();
    await flush();
    const russia = [...(shadow()?.querySelectorAll('.terms button') ?? [])].find((b) =>
      b.textContent?.startsWith('Russia'),
    ) as HTMLButtonElement;
    russia.click();
    // Cards and the page hash arrive asynchronously; a loaded machine may need more than a tick.
    await vi.waitFor(() =>
      expect(shadow()?.querySelector('.floating .card h4')?.textContent).toBe('Card route'),
    );
    inOverlay('.floating .actions button').click();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.quote.exact).toBe('Then they left for Russia by train.');
    expect(requests[0]?.factIds).toEqual(['route', 'inns']);
    expect(requests[0]?.textSha256).toMatch(/^[0-9a-f]{64}$/);
    inOverlay('.floating').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await flush();
    expect(shadow()?.querySelector('.floating')).toBeNull();
  });

  it('removes the host and reports irrelevant when the page stops being relevant', async () => {
    const { lens, reports, setRelevant } = setup();
    current = lens;
    await lens.rescan();
    setRelevant(false);
    await lens.rescan();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(reports.at(-1)).toMatchObject({ relevant: false, factIds: [], matchCount: 0 });
  });

  it('skips the gate when its caller has just gated the page, and gates every later scan', async () => {
    const gated: string[] = [];
    const { lens } = setup(true, {
      quickGate: (text) => {
        gated.push(text);
        return text.includes('Dandong');
      },
    });
    current = lens;
    await lens.rescan(true);
    expect(gated).toEqual([]);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    await lens.rescan();
    expect(gated).toHaveLength(1);
  });

  it('adds nothing and reports nothing on a page that was never relevant', async () => {
    const { lens, reports } = setup(false);
    current = lens;
    await lens.rescan();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(reports).toEqual([]);
  });

  it('applies only the newest scan when answers arrive out of order', async () => {
    const answers: ((d: Detection) => void)[] = [];
    const { lens } = setup(true, {
      detect: () => new Promise<Detection>((resolve) => answers.push(resolve)),
    });
    current = lens;
    const older = lens.rescan();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    const newer = lens.rescan();
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.({ relevant: false, score: 0, lang: 'en', topics: [], facts: [], matches: [] });
    await newer;
    answers[0]?.(dandongOnly());
    await older;
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(lens.current).toBeNull();
  });

  it('asks for no detection of a scan that a newer one overtook while its text was mapped', async () => {
    const requests: string[] = [];
    const { lens } = setup(true, {
      detect: async (request) => {
        requests.push(request.text);
        return dandongOnly();
      },
    });
    current = lens;
    await Promise.all([lens.rescan(), lens.rescan()]);
    expect(requests).toHaveLength(1);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('drops an answer that arrives after navigation cleared the page', async () => {
    let answer: (d: Detection) => void = () => undefined;
    const { lens, reports } = setup(true, {
      detect: () => new Promise<Detection>((resolve) => (answer = resolve)),
    });
    current = lens;
    const pending = lens.rescan();
    lens.clear();
    answer(dandongOnly());
    await pending;
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(reports).toEqual([]);
  });

  it('keeps the overlay when the background cannot answer a rescan', async () => {
    let down = false;
    const { lens: flaky } = setup(true, {
      detect: async () => {
        if (down) throw new Error('Could not establish connection.');
        return dandongOnly();
      },
    });
    current = flaky;
    await flaky.rescan();
    down = true;
    await flaky.rescan();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(flaky.current?.detection.facts).toEqual(['inns']);
  });

  it('paints highlights without the card UI when its module fails to load, and retries', async () => {
    let loads = 0;
    const { lens } = setup(true, {
      loadUi: () => {
        loads++;
        return loads === 1 ? Promise.reject(new Error('blocked')) : import('@/src/page/ui-module');
      },
    });
    current = lens;
    await lens.rescan();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(lens.current?.ranges.filter(Boolean)).toHaveLength(2);
    await lens.rescan();
    expect(loads).toBe(2);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });
});
