/**
 * The sharing outbox. A sighting is sent only after the user pressed Send: that puts an entry
 * here, persisted, and the background delivers it with `fetch` (POST, JSON, the sighting id as
 * `Idempotency-Key`, so a retry after a lost answer cannot create a second copy on the server).
 * Failed attempts wait for the next step of the retry schedule; a rejection the server will
 * repeat (most 4xx) or an exhausted schedule marks the entry failed, with the reason shown.
 */
import type { Sighting } from './model';
import { describeError } from './store';
import { createSerialQueue } from './store-queue';

/** Delivery state of one sighting. */
export type OutboxStatus = 'queued' | 'sent' | 'failed';

/** One sighting's delivery record, keyed by sighting id. */
export interface OutboxEntry {
  sightingId: string;
  endpoint: string;
  status: OutboxStatus;
  /** Attempts made so far. */
  attempts: number;
  /** ISO time the user pressed Send; fixed so every retry sends the same body. */
  queuedAt: string;
  /** Epoch milliseconds of the next attempt while `queued`. */
  nextAttemptAt?: number;
  /** Why the last attempt failed, in words for the journal. */
  lastError?: string;
  /** ISO time of the successful delivery. */
  sentAt?: string;
}

/** What the outbox needs from the rest of the extension; all injectable for tests. */
export interface OutboxDeps {
  read(): Promise<Record<string, OutboxEntry>>;
  write(entries: Record<string, OutboxEntry>): Promise<void>;
  findSighting(id: string): Promise<Sighting | undefined>;
  /** The JSON body to POST for a sighting, sent at `queuedAt` (the same for every retry). */
  payload(sighting: Sighting, queuedAt: Date): unknown;
  /** Milliseconds to wait before attempt `attempt + 1`, or null to give up. */
  retryDelay(attempt: number): number | null;
  fetch: typeof fetch;
  now(): number;
}

/** The outbox operations the background exposes. */
export interface Outbox {
  /** Queues a sighting for delivery now (the user pressed Send or Retry). */
  enqueue(sightingId: string, endpoint: string): Promise<OutboxEntry>;
  /** Attempts every due entry once; resolves to the earliest pending attempt time, if any. */
  deliverDue(): Promise<number | undefined>;
  entries(): Promise<Record<string, OutboxEntry>>;
}

/** True for an HTTP status worth retrying: server errors, timeouts and rate limits. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** Creates an outbox; deliveries run one at a time so an entry is never sent twice at once. */
export function createOutbox(deps: OutboxDeps): Outbox {
  const enqueueTask = createSerialQueue();

  async function attempt(entry: OutboxEntry): Promise<OutboxEntry> {
    const sighting = await deps.findSighting(entry.sightingId);
    if (!sighting) {
      return { ...entry, status: 'failed', lastError: 'The sighting is no longer in the journal.' };
    }
    const attempts = entry.attempts + 1;
    let problem: string;
    let retryable = true;
    try {
      const response = await deps.fetch(entry.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': sighting.id },
        body: JSON.stringify(deps.payload(sighting, new Date(entry.queuedAt))),
        credentials: 'omit',
      });
      if (response.ok) {
        const { nextAttemptAt: _n, lastError: _e, ...rest } = entry;
        return { ...rest, attempts, status: 'sent', sentAt: new Date(deps.now()).toISOString() };
      }
      problem = `The server answered ${response.status} ${response.statusText}`.trim();
      retryable = isRetryableStatus(response.status);
    } catch (error) {
      problem = `The request failed: ${describeError(error)}`;
    }
    const delay = retryable ? deps.retryDelay(attempts) : null;
    if (delay === null) return { ...entry, attempts, status: 'failed', lastError: problem };
    return {
      ...entry,
      attempts,
      status: 'queued',
      lastError: problem,
      nextAttemptAt: deps.now() + delay,
    };
  }

  return {
    enqueue: (sightingId, endpoint) =>
      enqueueTask(async () => {
        const entries = await deps.read();
        const entry: OutboxEntry = {
          sightingId,
          endpoint,
          status: 'queued',
          attempts: 0,
          queuedAt: new Date(deps.now()).toISOString(),
          nextAttemptAt: deps.now(),
        };
        await deps.write({ ...entries, [sightingId]: entry });
        return entry;
      }),
    deliverDue: () =>
      enqueueTask(async () => {
        const entries = await deps.read();
        for (const entry of Object.values(entries)) {
          if (entry.status !== 'queued' || (entry.nextAttemptAt ?? 0) > deps.now()) continue;
          entries[entry.sightingId] = await attempt(entry);
          await deps.write({ ...entries });
        }
        const pending = Object.values(entries)
          .filter((e) => e.status === 'queued')
          .map((e) => e.nextAttemptAt ?? 0);
        return pending.length ? Math.min(...pending) : undefined;
      }),
    entries: () => deps.read(),
  };
}
