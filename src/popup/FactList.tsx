/**
 * The list of facts as one listbox with a group per section. The search box owns focus and
 * points at the active row with `aria-activedescendant` (the combobox pattern), so arrows,
 * Enter and typing all work without moving focus.
 */
import { useEffect } from 'preact/hooks';
import { formatFuzzyDate } from '@/src/ui/format-date';
import { useI18n } from '@/src/ui/i18n';
import type { ListEntry, ListSection } from './sections';

/** Id of the listbox, referenced by the search box's `aria-controls`. */
export const LIST_ID = 'fact-list';

function EntryRow(props: {
  entry: ListEntry;
  active: boolean;
  showTopic: boolean;
  onOpen: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const { fact } = props.entry;
  const date = fact.dates[0];
  const meta = [
    props.showTopic ? t(`topic.${fact.topic}`) : undefined,
    date ? formatFuzzyDate({ ...date, label: undefined }, lang) : undefined,
  ].filter(Boolean);
  return (
    <div
      role="option"
      id={props.entry.optionId}
      aria-selected={props.active}
      // Focus stays in the search box (aria-activedescendant); rows are reachable by arrows.
      tabIndex={-1}
      class={props.active ? 'row active' : 'row'}
      onClick={() => props.onOpen(fact.id)}
      onKeyDown={(event) => event.key === 'Enter' && props.onOpen(fact.id)}
    >
      <span class="row-title">{fact.title}</span>
      {props.entry.why ? <span class="row-why">{props.entry.why}</span> : null}
      {props.entry.matched && props.entry.matched.length > 0 ? (
        <span class="row-matched">
          {t('popup.matches', { words: props.entry.matched.join(t('list.separator')) })}
        </span>
      ) : null}
      {meta.length > 0 ? <span class="row-meta">{meta.join(' · ')}</span> : null}
    </div>
  );
}

/** The sections as a listbox; `activeId` is the option the keyboard is on. */
export function FactList(props: {
  sections: ListSection[];
  activeId: string | undefined;
  label: string;
  onOpen: (factId: string) => void;
}) {
  useEffect(() => {
    if (props.activeId)
      document.getElementById(props.activeId)?.scrollIntoView({ block: 'nearest' });
  }, [props.activeId]);

  const visible = props.sections.filter((s) => s.entries.length > 0);
  return (
    <div role="listbox" id={LIST_ID} aria-label={props.label} class="list">
      {visible.map((section) => (
        // biome-ignore lint/a11y/useSemanticElements: a listbox may hold groups, not fieldsets.
        <div role="group" aria-labelledby={`${section.id}-label`} class="group" key={section.id}>
          <div
            role="presentation"
            id={`${section.id}-label`}
            // The summary line above already says these are results; the label is for readers.
            class={section.id === 'results' ? 'group-label visually-hidden' : 'group-label'}
          >
            {section.label}
          </div>
          {section.entries.map((entry) => (
            <EntryRow
              key={entry.optionId}
              entry={entry}
              active={entry.optionId === props.activeId}
              showTopic={!section.id.startsWith('topic-')}
              onOpen={props.onOpen}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
