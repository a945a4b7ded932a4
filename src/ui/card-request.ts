/**
 * Validates a content script's request for context cards where it enters the background:
 * pages can be hostile, so only a bounded list of id-shaped strings gets through.
 */
import * as v from 'valibot';

const CardRequestSchema = v.object({
  factIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(200)),
  lang: v.pipe(v.string(), v.maxLength(8)),
});

/** The checked request; throws a readable error for anything else. */
export function parseCardRequest(data: unknown): { factIds: string[]; lang: string } {
  const result = v.safeParse(CardRequestSchema, data);
  if (!result.success) {
    throw new Error(`Bad card request: ${result.issues.map((i) => i.message).join('; ')}`);
  }
  return result.output;
}
