/**
 * JSON export: the versioned sightings document (see `docs/sightings-format.md`), pretty-printed
 * so a person can read and diff it. Importing it back gives identical records.
 */
import { toDocument } from '../document';
import type { Sighting } from '../model';

/** The journal as a JSON document string, stamped with the export time. */
export function exportJson(sightings: readonly Sighting[], exportedAt: Date): string {
  return `${JSON.stringify(toDocument(sightings, exportedAt), null, 2)}\n`;
}
