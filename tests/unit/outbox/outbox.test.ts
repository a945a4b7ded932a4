import { describe, expect, it } from 'vitest';
import type { Sighting } from '@/src/sightings/model';
import { createOutbox, type OutboxEntry } from '@/src/sightings/outbox';
import { sampleSighting } from '../store/sample';

type Answer = { status: number } | Error;

/** An outbox over memory, a settable clock and a fetch that answers from a script. */
function setup(answers: Answer[], journal: Sighting[] = [sampleSighting(1)]) {
  let stored: Record<string, OutboxEntry> = {};
  const clock = { now: 1_000_000 };
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fakeFetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift() ?? { status: 200 };
    if (answer instanceof Error) throw answer;
    return new Response('{}', { status: answer.status });
  }) as typeof fetch;
  const outbox = createOutbox({
    read: async () => structuredClone(stored),
    write: async (entries) => {
      stored = structuredClone(entries);
    },
    findSighting: async (id) => journal.find((s) => s.id === id),
    payload: (s, queuedAt) => ({ sighting: s, sentAt: queuedAt.toISOString() }),
    retryDelay: (attempt) => [5_000, 30_000][attempt - 1] ?? null,
    fetch: fakeFetch,
    now: () => clock.now,
  });
  return { outbox, calls, clock, entry: () => stored[sampleSighting(1).id] };
}

const ID = sampleSighting(1).id;
const ENDPOINT = 'https://monitor.example/sightings';

describe('sharing outbox', () => {
  it('posts the payload once with the sighting id as idempotency key', async () => {
    const { outbox, calls, entry } = setup([{ status: 201 }]);
    await outbox.enqueue(ID, ENDPOINT);
    expect(await outbox.deliverDue()).toBeUndefined();
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0] ?? { url: '', init: {} };
    expect(url).toBe(ENDPOINT);
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('Idempotency-Key')).toBe(ID);
    expect(JSON.parse(String(init.body))).toEqual({
      sighting: sampleSighting(1),
      sentAt: '1970-01-01T00:16:40.000Z',
    });
    expect(entry()).toMatchObject({
      status: 'sent',
      attempts: 1,
      sentAt: '1970-01-01T00:16:40.000Z',
    });
  });

  it('retries a server error on schedule with the same key, then succeeds', async () => {
    const { outbox, calls, clock, entry } = setup([{ status: 503 }, new TypeError('offline')]);
    await outbox.enqueue(ID, ENDPOINT);
    expect(await outbox.deliverDue()).toBe(1_005_000);
    expect(entry()).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: 'The server answered 503',
    });
    clock.now = 1_004_999;
    await outbox.deliverDue();
    expect(calls).toHaveLength(1);
    clock.now = 1_005_000;
    expect(await outbox.deliverDue()).toBe(1_035_000);
    expect(entry()?.lastError).toBe('The request failed: offline');
    clock.now = 1_035_000;
    await outbox.deliverDue();
    expect(entry()).toMatchObject({ status: 'sent', attempts: 3 });
    expect(entry()?.lastError).toBeUndefined();
    const keys = calls.map((c) => new Headers(c.init.headers).get('Idempotency-Key'));
    expect(keys).toEqual([ID, ID, ID]);
    // Every retry sends the very same body, so the server can compare it with the first.
    expect(new Set(calls.map((c) => c.init.body)).size).toBe(1);
  });

  it('gives up when the schedule is exhausted and keeps the reason', async () => {
    const { outbox, clock, entry } = setup([{ status: 500 }, { status: 500 }, { status: 500 }]);
    await outbox.enqueue(ID, ENDPOINT);
    for (const at of [1_000_000, 1_005_000, 1_035_000]) {
      clock.now = at;
      await outbox.deliverDue();
    }
    expect(entry()).toMatchObject({
      status: 'failed',
      attempts: 3,
      lastError: 'The server answered 500',
    });
  });

  it('does not retry a request the server rejects as bad', async () => {
    const { outbox, calls, entry } = setup([{ status: 422 }]);
    await outbox.enqueue(ID, ENDPOINT);
    expect(await outbox.deliverDue()).toBeUndefined();
    expect(entry()).toMatchObject({ status: 'failed', attempts: 1 });
    expect(calls).toHaveLength(1);
  });

  it('fails an entry whose sighting was deleted without sending anything', async () => {
    const { outbox, calls, entry } = setup([], []);
    await outbox.enqueue(ID, ENDPOINT);
    await outbox.deliverDue();
    expect(calls).toHaveLength(0);
    expect(entry()).toMatchObject({
      status: 'failed',
      lastError: 'The sighting is no longer in the journal.',
    });
  });

  it('sends nothing until something is queued', async () => {
    const { outbox, calls } = setup([]);
    expect(await outbox.deliverDue()).toBeUndefined();
    expect(calls).toHaveLength(0);
  });

  it('a retry after failure starts a fresh schedule', async () => {
    const { outbox, entry } = setup([{ status: 422 }, { status: 200 }]);
    await outbox.enqueue(ID, ENDPOINT);
    await outbox.deliverDue();
    await outbox.enqueue(ID, ENDPOINT);
    expect(entry()).toMatchObject({ status: 'queued', attempts: 0 });
    await outbox.deliverDue();
    expect(entry()).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
