/**
 * The background side of the journal: message handlers for extension pages (list, save,
 * delete, undo, import). Every record that arrives from a page is checked against the schema
 * here, where it enters the single writer. (Content scripts never read the journal: recorded
 * quotes are found on a page in the background, see `page-service.ts`.)
 */
import type { Sighting } from '@/src/sightings/model';
import type { SightingStore, WriteResult } from '@/src/sightings/store';
import { checkSighting } from '@/src/sightings/validate';
import { onPageMessage } from './listen';
import { parseSightingId } from './payloads';

/** Checks a record from a page; the failure names each bad field. */
export function checkIncoming(value: unknown): WriteResult<Sighting> {
  const checked = checkSighting(value);
  if (checked.ok) return { ok: true, value: checked.sighting };
  const problems = checked.issues.map((i) => `${i.path || 'record'} ${i.message}`);
  return { ok: false, error: `The sighting was not saved: ${problems.join('; ')}.` };
}

/** Registers the journal's handlers on the store. */
export function registerSightingHandlers(store: SightingStore): void {
  onPageMessage('listSightings', () => store.list());
  onPageMessage('saveSighting', ({ data }) => {
    const checked = checkIncoming(data);
    return checked.ok ? store.save(checked.value) : checked;
  });
  onPageMessage('deleteSighting', ({ data }) => {
    const id = parseSightingId(data);
    return id ? store.remove(id) : { ok: false, error: 'No sighting id given.' };
  });
  onPageMessage('restoreSighting', ({ data }) => {
    const checked = checkIncoming(data);
    return checked.ok ? store.restore(checked.value) : checked;
  });
  onPageMessage('importSightings', ({ data }) =>
    typeof data === 'string'
      ? store.importText(data)
      : { ok: false, errors: ['The file could not be read as text.'] },
  );
}
