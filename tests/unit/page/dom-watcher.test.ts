// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type DomChange, watchDom } from '@/src/page/dom-watcher';

// Generous: the machine running the tests may be busy; batches flush within maxWaitMs when idle.
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
let controller = new AbortController();
let lastWatch: ReturnType<typeof watchDom> | undefined;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
afterEach(() => controller.abort());

function watch(options = {}) {
  controller = new AbortController();
  const changes: DomChange[] = [];
  lastWatch = watchDom(document.body, (c) => changes.push(c), {
    quietMs: 10,
    maxWaitMs: 100,
    signal: controller.signal,
    ...options,
  });
  return changes;
}

describe('watchDom', () => {
  it('batches added text from several mutations into one change', async () => {
    document.body.replaceChildren();
    const changes = watch();
    for (const word of ['Dandong', 'Harbin']) {
      const p = document.createElement('p');
      p.textContent = word;
      document.body.append(p);
    }
    await settle();
    expect(changes).toHaveLength(1);
    expect(changes[0]?.addedText).toContain('Dandong');
    expect(changes[0]?.addedText).toContain('Harbin');
    expect(changes[0]?.huge).toBe(false);
  });

  it('reports a burst spread over time once it has settled, not once per mutation', async () => {
    document.body.replaceChildren();
    // Generous: a busy machine may stretch the pauses between the mutations.
    const changes = watch({ quietMs: 300, maxWaitMs: 5000 });
    for (const word of ['Dandong', 'Harbin', 'Khasan', 'Rason']) {
      const p = document.createElement('p');
      p.textContent = word;
      document.body.append(p);
      await sleep(20);
    }
    expect(changes).toEqual([]);
    await sleep(700);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.addedText).toContain('Rason');
  });

  it('still looks at a page that never stops changing, once per longest wait', async () => {
    document.body.replaceChildren();
    const changes = watch({ quietMs: 100, maxWaitMs: 200 });
    const until = Date.now() + 700;
    while (Date.now() < until) {
      document.body.append('tick ');
      await sleep(20);
    }
    await settle();
    expect(changes.length).toBeGreaterThanOrEqual(2);
    expect(changes.length).toBeLessThanOrEqual(5);
  });

  it('counts a nudge as a change of its own, and joins it to the mutations around it', async () => {
    document.body.replaceChildren();
    const changes = watch();
    lastWatch?.nudge();
    await settle();
    expect(changes).toEqual([{ huge: false, addedText: '', removed: false, nudged: true }]);
    lastWatch?.nudge();
    document.body.append('New view');
    await settle();
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({ nudged: true, addedText: ' New view' });
  });

  it('ignores changes inside our own host', async () => {
    const host = document.createElement('dprk-labor-lens');
    document.body.replaceChildren(host);
    const changes = watch({ ignore: () => host });
    host.append('cards');
    await settle();
    expect(changes).toEqual([]);
  });

  it('asks for a full rescan past the huge-batch threshold', async () => {
    document.body.replaceChildren();
    const changes = watch({ hugeBatch: 5 });
    for (let i = 0; i < 10; i++) document.body.append(document.createElement('div'));
    await settle();
    expect(changes).toEqual([{ huge: true, addedText: '', removed: true, nudged: false }]);
  });

  it('reports removals and stops when aborted', async () => {
    const p = document.createElement('p');
    document.body.replaceChildren(p);
    const changes = watch();
    p.remove();
    await settle();
    expect(changes[0]?.removed).toBe(true);
    controller.abort();
    document.body.append(document.createElement('p'));
    await settle();
    expect(changes).toHaveLength(1);
  });
});
