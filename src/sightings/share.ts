/**
 * Sharing a sighting with a team server, only when the user presses Send. This module decides
 * what is sent and when a failed send is tried again; the outbox (`outbox.ts`) does the
 * sending. The body is the sighting in the export's record shape; the sighting id is the
 * idempotency key, so a retry after a lost answer cannot create a second copy.
 * Nothing here runs without the user's action: these are the pieces the Send button uses.
 */
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from './document';
import type { Sighting } from './model';

/** The JSON body POSTed to the endpoint. */
export interface SharePayload {
  format: typeof DOCUMENT_FORMAT;
  version: typeof DOCUMENT_VERSION;
  /** Same value as the `Idempotency-Key` header: the sighting id. */
  idempotencyKey: string;
  sighting: Sighting;
}

/**
 * The body for one sighting. It depends on the sighting alone, so every retry sends the same
 * bytes; the server tells versions apart by the sighting's `updatedAt`.
 */
export function sharePayload(sighting: Sighting): SharePayload {
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    idempotencyKey: sighting.id,
    sighting,
  };
}

/** Waits before attempts 2, 3, …: quick at first for a blip, then spaced out; 6 tries in all. */
export const RETRY_DELAYS_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const;

/**
 * Milliseconds to wait after the `attempt`-th failed attempt (1 after the first), or null when
 * the schedule is used up and the entry should be marked failed for the user to retry.
 */
export function retryDelay(attempt: number): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) return null;
  return RETRY_DELAYS_MS[attempt - 1] ?? null;
}

/** A checked endpoint and the host permission pattern to request for it. */
export type EndpointCheck =
  | { ok: true; url: string; originPattern: string }
  | { ok: false; message: string; reason: EndpointRefusal };

/** Why an endpoint is refused, for the journal to word in the interface language. */
export type EndpointRefusal = 'invalid' | 'insecure' | 'credentials';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks a user-typed endpoint: HTTPS only (plain HTTP is accepted for this computer's own
 * loopback address, where a local relay or test server runs), no credentials in the URL. The
 * `originPattern` is the narrowest host permission that allows the POST.
 */
export function checkShareEndpoint(input: string): EndpointCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: 'Enter a full address starting with https://', reason: 'invalid' };
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return {
      ok: false,
      message: 'The address must start with https:// so the sighting is encrypted in transit',
      reason: 'insecure',
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: 'Leave user names and passwords out of the address',
      reason: 'credentials',
    };
  }
  return { ok: true, url: url.href, originPattern: `${url.protocol}//${url.hostname}/*` };
}
