/**
 * The journal's duplicate rule as the form applies it: the same page address and the same
 * quoted words mean the same evidence, recorded twice.
 */
import type { Sighting, SightingDraft } from '@/src/sightings/model';

/** Stored sightings (other than `record` itself) with the same URL and quote as `record`. */
export function duplicatesOf(record: SightingDraft | Sighting, journal: Sighting[]): Sighting[] {
  const id = 'id' in record ? record.id : undefined;
  return journal.filter(
    (s) => s.id !== id && s.page.url === record.page.url && s.quote.exact === record.quote.exact,
  );
}
