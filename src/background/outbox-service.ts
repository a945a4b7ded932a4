/**
 * Runs the sharing outbox in the background. Nothing here starts a request on its own: the
 * outbox holds only what the user sent, and delivery is attempted when Send is pressed, when a
 * retry falls due (an alarm, which survives the service worker sleeping, plus a timer for
 * short waits while it is awake) and on browser start for entries still queued.
 */
import { browser } from 'wxt/browser';
import type { Sighting } from '@/src/sightings/model';
import { createOutbox, type Outbox } from '@/src/sightings/outbox';
import { outboxItem, sharingEndpointItem } from '@/src/sightings/outbox-items';
import { checkShareEndpoint } from '@/src/sightings/share';
import type { SightingStore } from '@/src/sightings/store';
import { describeError } from '@/src/sightings/store';
import { onPageMessage } from './listen';
import { parseEndpointInput, parseSightingId } from './payloads';

const ALARM = 'sightings-outbox';

/** The pure pieces the outbox needs: the POST body and the retry schedule. */
export interface OutboxPolicy {
  payload(sighting: Sighting, queuedAt: Date): unknown;
  retryDelay(attempt: number): number | null;
}

/** Creates the outbox, registers its handlers and resumes queued deliveries. */
export function startOutboxService(store: SightingStore, policy: OutboxPolicy): Outbox {
  const outbox = createOutbox({
    read: () => outboxItem.getValue(),
    write: (entries) => outboxItem.setValue(entries),
    findSighting: async (id) => (await store.list()).find((s) => s.id === id),
    payload: policy.payload,
    retryDelay: policy.retryDelay,
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function deliver(): Promise<void> {
    clearTimeout(timer);
    const next = await outbox.deliverDue();
    if (next === undefined) return;
    await browser.alarms.create(ALARM, { when: Math.max(next, Date.now() + 1000) });
    timer = setTimeout(() => void deliver(), Math.max(0, next - Date.now()));
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void deliver();
  });
  onPageMessage('getSharing', async () => ({
    endpoint: await sharingEndpointItem.getValue(),
    outbox: await outbox.entries(),
  }));
  onPageMessage('setSharingEndpoint', async ({ data }) => {
    const input = parseEndpointInput(data);
    if (!input.ok) return { ok: false, error: 'The address must be text.' };
    try {
      if (input.value === null) {
        await sharingEndpointItem.setValue(null);
        return { ok: true, value: null };
      }
      const checked = checkShareEndpoint(input.value);
      if (!checked.ok) return { ok: false, error: checked.message };
      await sharingEndpointItem.setValue(checked.url);
      return { ok: true, value: checked.url };
    } catch (error) {
      return { ok: false, error: `Could not save the address: ${describeError(error)}` };
    }
  });
  onPageMessage('sendSighting', async ({ data }) => {
    const id = parseSightingId(data);
    if (!id) return { ok: false, error: 'No sighting id given.' };
    const endpoint = await sharingEndpointItem.getValue();
    if (!endpoint) return { ok: false, error: 'Set a sharing address in the journal first.' };
    try {
      const entry = await outbox.enqueue(id, endpoint);
      void deliver();
      return { ok: true, value: entry };
    } catch (error) {
      return { ok: false, error: `Could not queue the sighting: ${describeError(error)}` };
    }
  });
  void deliver();
  return outbox;
}
