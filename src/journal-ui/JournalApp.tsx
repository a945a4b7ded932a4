/**
 * The journal page: every recorded sighting as a timeline (grouped by the month seen), with
 * search and filters, editing in the same form as reporting, delete with undo, duplicate
 * warnings, export and import, and sharing. Reads and writes go through the background (the
 * one writer); the page refreshes when the stored journal or outbox changes, so two open
 * journals and a report window stay in step.
 */
import { storage } from '@wxt-dev/storage';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { pageToBackground, type SharingState } from '@/src/messaging/protocol';
import { findDuplicates } from '@/src/sightings/duplicates';
import { filterSightings, type JournalFilter } from '@/src/sightings/journal';
import type { Sighting } from '@/src/sightings/model';
import { LazyRouteStory } from '@/src/ui/map/LazyRouteStory';
import { EditSighting } from './EditSighting';
import { ExportImport } from './ExportImport';
import { FilterBar, NO_FILTER } from './FilterBar';
import { groupByObservedMonth, groupLabel } from './group';
import { SharingSettings } from './SharingSettings';
import { SightingItem } from './SightingItem';

/** A message in the page's live region, optionally with an undo. */
interface Notice {
  text: string;
  error?: boolean;
  undo?: Sighting;
}

/** The journal's root component. */
export function JournalApp() {
  const [sightings, setSightings] = useState<Sighting[] | null>(null);
  const [sharing, setSharing] = useState<SharingState>({ endpoint: null, outbox: {} });
  const [filter, setFilter] = useState<JournalFilter>(NO_FILTER);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const reload = () => {
    pageToBackground
      .sendMessage('listSightings', undefined)
      .then(setSightings, (error: unknown) =>
        setNotice({ text: `Could not read the journal: ${String(error)}`, error: true }),
      );
    pageToBackground.sendMessage('getSharing', undefined).then(setSharing, () => undefined);
  };
  useEffect(() => {
    reload();
    // Watch the keys, not the versioned items: defining an item runs its migrations, and only
    // the background may write the journal.
    const stopJournal = storage.watch('local:sightings', reload);
    const stopOutbox = storage.watch('local:outbox', reload);
    return () => {
      stopJournal();
      stopOutbox();
    };
  }, []);

  const shown = useMemo(() => filterSightings(sightings ?? [], filter), [sightings, filter]);
  if (sightings === null) return <p aria-busy="true">Loading the journal…</p>;

  async function remove(s: Sighting) {
    const result = await pageToBackground.sendMessage('deleteSighting', s.id);
    if (!result.ok) return setNotice({ text: result.error, error: true });
    setNotice({
      text: `Deleted the sighting of ${s.observed.date} at ${s.place.name}.`,
      undo: result.value,
    });
  }
  async function undo(s: Sighting) {
    const result = await pageToBackground.sendMessage('restoreSighting', s);
    setNotice(result.ok ? { text: 'Restored.' } : { text: result.error, error: true });
  }
  async function send(s: Sighting) {
    const result = await pageToBackground.sendMessage('sendSighting', s.id);
    if (!result.ok) setNotice({ text: result.error, error: true });
  }

  return (
    <>
      <header class="journal-header">
        <h1>Sightings journal</h1>
        <p class="hint">
          {sightings.length} {sightings.length === 1 ? 'sighting' : 'sightings'}, kept in this
          browser only.
        </p>
      </header>
      <div class="notice" role="status" aria-live="polite">
        {notice && (
          <p class={notice.error ? 'error' : undefined}>
            {notice.text}{' '}
            {notice.undo && (
              <button type="button" onClick={() => notice.undo && undo(notice.undo)}>
                Undo
              </button>
            )}
          </p>
        )}
      </div>
      <ExportImport sightings={sightings} onNotice={setNotice} />
      <SharingSettings
        endpoint={sharing.endpoint}
        onChanged={(endpoint) => setSharing((s) => ({ ...s, endpoint }))}
      />
      <FilterBar sightings={sightings} filter={filter} onChange={setFilter} shown={shown.length} />
      <LazyRouteStory sightings={shown} idPrefix="journal-story" />
      <section class="views" id="sighting-views" aria-label="Sightings by date">
        {groupByObservedMonth(shown).map((group) => (
          <section key={group.key} aria-labelledby={`g-${group.key}`}>
            <h2 id={`g-${group.key}`}>{groupLabel(group.key)}</h2>
            {group.sightings.map((s) =>
              editing === s.id ? (
                <EditSighting
                  key={s.id}
                  sighting={s}
                  journal={sightings}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) setNotice({ text: 'Changes saved.' });
                  }}
                />
              ) : (
                <SightingItem
                  key={s.id}
                  sighting={s}
                  duplicateCount={findDuplicates(sightings, s).length}
                  delivery={sharing.outbox[s.id]}
                  canSend={sharing.endpoint !== null}
                  onEdit={() => setEditing(s.id)}
                  onDelete={() => remove(s)}
                  onSend={() => send(s)}
                />
              ),
            )}
          </section>
        ))}
      </section>
    </>
  );
}
