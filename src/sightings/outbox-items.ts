/**
 * The stored state of sharing: the endpoint the user set (null until then, so nothing can be
 * sent) and the outbox's delivery records. The background writes both; the journal watches
 * them to show each sighting's delivery status as it changes.
 */
import { storage } from '@wxt-dev/storage';
import type { OutboxEntry } from './outbox';

/** Delivery records, keyed by sighting id. */
export const outboxItem = storage.defineItem<Record<string, OutboxEntry>>('local:outbox', {
  fallback: {},
  version: 1,
});

/** The endpoint the user configured, or null: sharing is off until they set one. */
export const sharingEndpointItem = storage.defineItem<string | null>('local:sharingEndpoint', {
  fallback: null,
  version: 1,
});
