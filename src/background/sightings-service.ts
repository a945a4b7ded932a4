/**
 * The background side of the journal: message handlers for extension pages (list, save,
 * delete, undo, import). Every record that arrives from a page is checked against the schema
 * here, where it enters the single writer. (Content scripts never read the journal: recorded
 * quotes are found on a page in the background, see `page-service.ts`.)
 */
import { pageToBackground } from '@/src/messaging/protocol';
import type { Sighting } from '@/src/sightings/model';
import type { SightingStore, WriteResult } from '@/src/sightings/store';
import { checkSighting } from '@/src/sightings/validate';

/** Checks a record from a page; the failure names each bad field. */
export function checkIncoming(value: unknown): WriteResult<Sighting> {
  const checked = checkSighting(value);
  if (checked.ok) return { ok: true, value: checked.sighting };
  const problems = checked.issues.map((i) => `${i.path || 'record'} ${i.message}`);
  return { ok: false, error: `The sighting was not saved: ${problems.join('; ')}.` };
}

/** Registers the journal's handlers on the store. */
export function registerSightingHandlers(store: SightingStore): void {
  pageToBackground.onMessage('listSightings', () => store.list());
  pageToBackground.onMessage('saveSighting', ({ data }) => {
    const checked = checkIncoming(data);
    return checked.ok ? store.save(checked.value) : checked;
  });
  pageToBackground.onMessage('deleteSighting', ({ data }) =>
    typeof data === 'string' ? store.remove(data) : { ok: false, error: 'No sighting id given.' },
  );
  pageToBackground.onMessage('restoreSighting', ({ data }) => {
    const checked = checkIncoming(data);
    return checked.ok ? store.restore(checked.value) : checked;
  });
  pageToBackground.onMessage('importSightings', ({ data }) =>
    typeof data === 'string'
      ? store.importText(data)
      : { ok: false, errors: ['The file could not be read as text.'] },
  );
}
