/**
 * Checks of the small payloads extension pages send: sighting ids and the sharing address.
 * Larger ones have their own schemas where they enter: sightings (`src/sightings/validate.ts`),
 * import files (`src/sightings/import.ts`), page and report requests (`page-service.ts`,
 * `report-request-schema.ts`), tab ids (`src/tabs/page-report.ts`), report request ids
 * (`report-window.ts`). A payload that fails gets a plain refusal and changes nothing.
 */
import * as v from 'valibot';

const SightingIdSchema = v.pipe(v.string(), v.uuid());

/** A sighting's id (a UUID), or null for anything else. */
export function parseSightingId(data: unknown): string | null {
  return v.is(SightingIdSchema, data) ? data : null;
}

/** Longest sharing address accepted; real ones are far shorter. */
const MAX_ENDPOINT_CHARS = 2048;

const EndpointInputSchema = v.nullable(v.pipe(v.string(), v.maxLength(MAX_ENDPOINT_CHARS)));

/** The address to set (a string, checked further by `checkShareEndpoint`), null to clear. */
export function parseEndpointInput(
  data: unknown,
): { ok: true; value: string | null } | { ok: false } {
  return v.is(EndpointInputSchema, data) ? { ok: true, value: data } : { ok: false };
}
