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
import { sightingPlaceName } from '@/src/report-ui/gazetteer';
import { observedLabel } from '@/src/report-ui/labels';
import { findDuplicates } from '@/src/sightings/duplicates';
import { filterSightings, type JournalFilter } from '@/src/sightings/journal';
import type { Sighting } from '@/src/sightings/model';
import { LazyRouteStory } from '@/src/ui/map/LazyRouteStory';
import { usePageI18n } from '@/src/ui/page-i18n';
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

/** A selector of what gets focus once it is on the page (after an edit, delete or undo). */
type FocusTarget = string | null;

/** The journal's root component. */
export function JournalApp() {
  const { t, lang } = usePageI18n();
  const [sightings, setSightings] = useState<Sighting[] | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const [sharing, setSharing] = useState<SharingState>({ endpoint: null, outbox: {} });
  const [filter, setFilter] = useState<JournalFilter>(NO_FILTER);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const reload = () => {
    pageToBackground
      .sendMessage('listSightings', undefined)
      .then(setSightings, (error: unknown) =>
        setNotice({ text: t('journal.readFailed', { reason: String(error) }), error: true }),
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
  // Moves focus once its target is rendered: the list reloads a moment after a write.
  useEffect(() => {
    if (!focusTarget) return;
    const target = document.querySelector<HTMLElement>(focusTarget);
    if (!target) return;
    target.focus();
    setFocusTarget(null);
  });
  if (sightings === null) return <p aria-busy="true">{t('journal.loading')}</p>;

  const failed = (reason: string) =>
    setNotice({ text: t('journal.backgroundSays', { reason }), error: true });
  const named = (s: Sighting) => ({
    date: observedLabel(s.observed, lang),
    place: sightingPlaceName(s, lang),
  });
  async function remove(s: Sighting) {
    const result = await pageToBackground.sendMessage('deleteSighting', s.id);
    if (!result.ok) return failed(result.error);
    setNotice({ text: t('journal.deleted', named(s)), undo: result.value });
    // The item and its buttons are gone: focus goes to Undo, the one thing to do next.
    setFocusTarget('.notice button.undo');
  }
  async function undo(s: Sighting) {
    const result = await pageToBackground.sendMessage('restoreSighting', s);
    if (!result.ok) return failed(result.error);
    setNotice({ text: t('journal.restored') });
    setFocusTarget(`[data-id="${s.id}"] button.edit`);
  }
  async function send(s: Sighting) {
    const result = await pageToBackground.sendMessage('sendSighting', s.id);
    if (!result.ok) failed(result.error);
  }

  return (
    <>
      <header class="journal-header">
        <h1>{t('journal.title')}</h1>
        <p class="hint">{t('journal.count', { count: sightings.length })}</p>
      </header>
      <div class="notice" role="status" aria-live="polite">
        {notice && (
          <p class={notice.error ? 'error' : undefined}>
            {notice.text}{' '}
            {notice.undo && (
              <button
                type="button"
                class="undo"
                aria-label={t('journal.undoDelete', named(notice.undo))}
                onClick={() => notice.undo && undo(notice.undo)}
              >
                {t('journal.undo')}
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
      <LazyRouteStory sightings={shown} lang={lang} idPrefix="journal-story" />
      <section class="views" id="sighting-views" aria-label={t('journal.byDate')}>
        {shown.length === 0 ? (
          <p class="hint empty">
            {sightings.length === 0 ? t('journal.empty') : t('journal.noMatch')}
          </p>
        ) : null}
        {groupByObservedMonth(shown).map((group) => (
          <section key={group.key} aria-labelledby={`g-${group.key}`}>
            <h2 id={`g-${group.key}`}>{groupLabel(group.key, lang)}</h2>
            {group.sightings.map((s) =>
              editing === s.id ? (
                <EditSighting
                  key={s.id}
                  sighting={s}
                  journal={sightings}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) setNotice({ text: t('journal.changesSaved') });
                    setFocusTarget(`[data-id="${s.id}"] button.edit`);
                  }}
                />
              ) : (
                <SightingItem
                  key={s.id}
                  sighting={s}
                  duplicateCount={findDuplicates(sightings, s).length}
                  delivery={sharing.outbox[s.id]}
                  canSend={sharing.endpoint !== null}
                  onEdit={() => {
                    setEditing(s.id);
                    setFocusTarget('.editing :is(input, select, textarea)');
                  }}
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
