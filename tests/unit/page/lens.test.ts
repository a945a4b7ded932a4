// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageAnswer, PageCardView, PageMark, ReportRequest } from '@/src/messaging/protocol';
import { HOST_TAG } from '@/src/page/host';
import { Lens, type LensDeps } from '@/src/page/lens';
import { buildTextMap } from '@/src/page/text-map';

const ARTICLE = 'Workers stayed at two inns in Dandong. Then they left for Russia by train.';

function card(id: string): PageCardView {
  return {
    id,
    lang: 'en',
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
    why: `Why ${id}`,
    reason: { kind: 'named', term: id },
  };
}

function mark(term: string, cardId: string): PageMark {
  const start = ARTICLE.indexOf(term);
  return { term, start, end: start + term.length, strong: true, card: cardId };
}

/** The background's answer: relevant with the given marks and cards, or irrelevant. */
function answerWith(marks: PageMark[], cards: string[], recorded: PageAnswer['recorded'] = []) {
  return {
    uiLang: 'en',
    relevant: cards.length > 0,
    score: cards.length > 0 ? 0.8 : 0.1,
    lang: 'en',
    pageDate: { date: '2017-03-22', precision: 'day', source: 'meta' },
    cards: cards.map(card),
    marks,
    recorded,
    evidence: cards.length > 0 ? [{ start: 0, end: 38 }] : [],
  } satisfies PageAnswer;
}

/** A relevant answer with one mark, Dandong, opening the inns card. */
const dandongOnly = () => answerWith([mark('Dandong', 'inns')], ['inns']);
const irrelevant = () => answerWith([], []);

function setup(relevant = true, overrides: Partial<LensDeps> = {}) {
  document.body.innerHTML = `<p>${ARTICLE}</p>`;
  const forgotten: number[] = [];
  const requests: ReportRequest[] = [];
  let isRelevant = relevant;
  const deps: LensDeps = {
    quickGate: (text) => text.includes('Dandong'),
    buildTextMap: (root) => {
      const node = root.querySelector('p')?.firstChild as Text;
      return { text: node.data, nodes: [node], starts: [0], zones: [] };
    },
    analyze: async () =>
      isRelevant
        ? answerWith(
            [mark('Dandong', 'inns'), mark('Russia', 'route')],
            ['inns', 'route'],
            [{ sightingId: 's1', start: 39, end: 74, recordedAt: '2026-03-21T10:00:00Z' }],
          )
        : irrelevant(),
    loadUi: () => import('@/src/page/ui-module'),
    fetchRouteMapData: async () => {
      throw new Error('no map in these tests');
    },
    forgetPage: () => forgotten.push(1),
    openReport: (r) => requests.push(r),
    turnOffSite: () => undefined,
    ...overrides,
  };
  const lens = new Lens(document, deps, 'normal');
  return { lens, forgotten, requests, setRelevant: (v: boolean) => (isRelevant = v) };
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
  it('mounts one host with the card count, the cards in order with their why, and the recorded line', async () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const { lens } = setup();
    current = lens;
    await lens.rescan();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(shadow()?.querySelector('.toggle')?.textContent).toContain('2 context cards');
    inOverlay('.toggle').click();
    await flush();
    expect(
      [...(shadow()?.querySelectorAll('.panel .card .card-title') ?? [])].map((h) => h.textContent),
    ).toEqual(['Card inns', 'Card route']);
    expect(shadow()?.querySelector('.panel .card .why')?.textContent).toBe('Why inns');
    expect(shadow()?.querySelector('.panel .summary')?.textContent).toContain(
      'Article dated 22 Mar 2017',
    );
    // The recorded line is the journal's: in a closed shadow root the page cannot follow.
    expect(shadow()?.querySelector('.recorded')).toBeNull();
    const sealed = shadow()?.querySelector('.sealed');
    expect(sealed?.shadowRoot).toBeNull();
    const closed = attach.mock.results.find((_, i) => attach.mock.contexts[i] === sealed)?.value;
    expect([...(closed?.querySelectorAll('.recorded') ?? [])].map((p) => p.textContent)).toEqual([
      'You recorded this on 21 Mar 2026: “Then they left for Russia by train.”',
    ]);
    attach.mockRestore();
    // Why this page: the page's own sentence, from the answer's offsets.
    expect(shadow()?.querySelector('.why-page li')?.textContent).toBe(
      'Workers stayed at two inns in Dandong.',
    );
    expect(shadow()?.textContent).not.toContain('Loading');
  });

  it('shows the best seven cards and a "more" control for the rest', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const { lens } = setup(true, {
      analyze: async () => answerWith([mark('Dandong', 'a')], ids),
    });
    current = lens;
    await lens.rescan();
    inOverlay('.toggle').click();
    await flush();
    expect(shadow()?.querySelectorAll('.panel .card')).toHaveLength(7);
    inOverlay('.more-cards').click();
    await flush();
    expect(shadow()?.querySelectorAll('.panel .card')).toHaveLength(9);
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
    // Each mark opens its own card, not the page's first.
    await vi.waitFor(() =>
      expect(shadow()?.querySelector('.floating .card .card-title')?.textContent).toBe(
        'Card route',
      ),
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

  it('removes the host when the background finds the page no longer relevant', async () => {
    const { lens, forgotten, setRelevant } = setup();
    current = lens;
    await lens.rescan();
    setRelevant(false);
    await lens.rescan();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    // The background's own answer updated the tab: nothing more to tell it.
    expect(forgotten).toEqual([]);
  });

  it('tells the background when a relevant page stops naming North Korea at all', async () => {
    const { lens, forgotten } = setup();
    current = lens;
    await lens.rescan();
    (document.querySelector('p') as HTMLElement).textContent = 'A recipe for kimchi stew.';
    await lens.rescan();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(forgotten).toEqual([1]);
    await lens.rescan();
    expect(forgotten).toEqual([1]);
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
    await lens.rescan({ gatePassed: true });
    expect(gated).toEqual([]);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    await lens.rescan();
    expect(gated).toHaveLength(1);
  });

  it('adds nothing on a page that was never relevant', async () => {
    const { lens, forgotten } = setup(false);
    current = lens;
    await lens.rescan();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(forgotten).toEqual([]);
  });

  it('applies only the newest scan when answers arrive out of order', async () => {
    const answers: ((d: PageAnswer) => void)[] = [];
    const { lens } = setup(true, {
      analyze: () => new Promise<PageAnswer>((resolve) => answers.push(resolve)),
    });
    current = lens;
    const older = lens.rescan();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    const newer = lens.rescan();
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.(irrelevant());
    await newer;
    answers[0]?.(dandongOnly());
    await older;
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(lens.current).toBeNull();
  });

  it('asks for no detection of a scan that a newer one overtook while its text was mapped', async () => {
    const requests: string[] = [];
    const { lens } = setup(true, {
      analyze: async (request) => {
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
    let answer: (d: PageAnswer) => void = () => undefined;
    const { lens } = setup(true, {
      analyze: () => new Promise<PageAnswer>((resolve) => (answer = resolve)),
    });
    current = lens;
    const pending = lens.rescan();
    lens.clear();
    answer(dandongOnly());
    await pending;
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('keeps the overlay when the background cannot answer a rescan', async () => {
    let down = false;
    const { lens: flaky } = setup(true, {
      analyze: async () => {
        if (down) throw new Error('Could not establish connection.');
        return dandongOnly();
      },
    });
    current = flaky;
    await flaky.rescan();
    down = true;
    await flaky.rescan();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(flaky.current?.answer.cards.map((c) => c.id)).toEqual(['inns']);
  });

  it('runs one more scan, not one per request, for changes arriving while a scan runs', async () => {
    const answers: ((d: PageAnswer) => void)[] = [];
    const { lens } = setup(true, {
      buildTextMap: (root) => buildTextMap(root),
      analyze: () => new Promise<PageAnswer>((resolve) => answers.push(resolve)),
    });
    current = lens;
    lens.requestRescan();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    (document.querySelector('p') as HTMLElement).append(' More from Dandong.');
    for (let i = 0; i < 5; i++) lens.requestRescan();
    answers[0]?.(dandongOnly());
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.(dandongOnly());
    await flush();
    expect(answers).toHaveLength(2);
  });

  it('reuses the last answer when a change left text, address and sensitivity as they were', async () => {
    const texts: string[] = [];
    const { lens } = setup(true, {
      buildTextMap: (root) => buildTextMap(root),
      analyze: async (request) => {
        texts.push(request.text);
        return dandongOnly();
      },
    });
    current = lens;
    await lens.rescan();
    // A framework re-rendered the same words into new nodes: the old Range went stale.
    document.body.innerHTML = `<p>${ARTICLE}</p>`;
    lens.requestRescan();
    await vi.waitFor(() => expect(lens.current?.ranges[0]?.startContainer.isConnected).toBe(true));
    expect(texts).toHaveLength(1);
    // New text is a change; an explicit rescan always asks.
    (document.querySelector('p') as HTMLElement).append(' Dandong again.');
    lens.requestRescan();
    await vi.waitFor(() => expect(texts).toHaveLength(2));
    await lens.rescan();
    expect(texts).toHaveLength(3);
  });

  it('on a huge page asks about the part that names North Korea, wherever it is', async () => {
    const filler = 'The council met to discuss the budget for parks and roads. '.repeat(20_000);
    document.body.innerHTML = `<p>${filler}</p><p>${ARTICLE}</p><p>${filler}</p>`;
    const texts: string[] = [];
    const lens = new Lens(
      document,
      {
        quickGate: (text) => text.includes('Dandong'),
        buildTextMap: (root) => buildTextMap(root),
        analyze: async (request) => {
          texts.push(request.text);
          const start = request.text.indexOf('Dandong');
          return answerWith(
            [{ term: 'Dandong', start, end: start + 7, strong: true, card: 'inns' }],
            ['inns'],
          );
        },
        loadUi: () => import('@/src/page/ui-module'),
        fetchRouteMapData: async () => {
          throw new Error('no map');
        },
        forgetPage: () => undefined,
        openReport: () => undefined,
        turnOffSite: () => undefined,
      },
      'normal',
    );
    current = lens;
    await lens.rescan();
    expect(texts).toHaveLength(1);
    expect(texts[0]?.length).toBeLessThan(filler.length);
    expect(texts[0]).toContain(ARTICLE);
    expect(lens.current?.ranges[0]?.toString()).toBe('Dandong');
  });

  it('starts loading the card UI while the background is still analysing the page', async () => {
    let loads = 0;
    let answer: (value: PageAnswer) => void = () => undefined;
    const { lens } = setup(true, {
      analyze: () => new Promise<PageAnswer>((resolve) => (answer = resolve)),
      loadUi: () => {
        loads++;
        return import('@/src/page/ui-module');
      },
    });
    current = lens;
    const scan = lens.rescan();
    await vi.waitFor(() => expect(loads).toBe(1));
    expect(document.querySelector(HOST_TAG)).toBeNull();
    answer(dandongOnly());
    await scan;
    expect(document.querySelector(HOST_TAG)).not.toBeNull();
    expect(loads).toBe(1);
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
