/**
 * The background side of the journal: message handlers for extension pages (list, save,
 * delete, undo) and for content scripts (quotes to re-anchor). Every record that arrives from a
 * page is checked against the schema here, where it enters the single writer.
 */
import type { SightingQuote } from '@/src/messaging/protocol';
import { contentToBackground, pageToBackground } from '@/src/messaging/protocol';
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

/**
 * The re-anchoring data of each sighting (enough for `src/sightings/resurface.ts`), without
 * notes, places or anything else the user wrote.
 */
export function sightingQuotes(sightings: Sighting[]): SightingQuote[] {
  return sightings.map((s) => ({
    id: s.id,
    exact: s.quote.exact,
    prefix: s.quote.prefix,
    suffix: s.quote.suffix,
    createdAt: s.createdAt,
    observedDate: s.observed.date,
    url: s.page.url,
    start: s.quote.start,
    end: s.quote.end,
  }));
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
  contentToBackground.onMessage('getSightingQuotes', async () =>
    sightingQuotes(await store.list()),
  );
}
