/**
 * Search and filters above the journal list (the matching is `src/sightings/journal.ts`). Every
 * control is labelled and the result count is announced, so the list can be narrowed without a
 * mouse; Escape in the search box clears it, as in a browser's own search fields.
 */

import { confidenceChoice, directionChoice } from '@/src/report-ui/labels';
import type { JournalFilter } from '@/src/sightings/journal';
import { CONFIDENCES, DIRECTIONS, type Sighting } from '@/src/sightings/model';
import { usePageI18n } from '@/src/ui/page-i18n';

/** No filtering at all. */
export const NO_FILTER: JournalFilter = {};

/** The distinct sites in the journal, for the site filter. */
function sitesOf(sightings: Sighting[]): string[] {
  return [...new Set(sightings.map((s) => s.page.site))].sort();
}

interface Props {
  sightings: Sighting[];
  filter: JournalFilter;
  shown: number;
  onChange(filter: JournalFilter): void;
}

/** The bar. */
export function FilterBar({ sightings, filter, shown, onChange }: Props) {
  const { t, lang } = usePageI18n();
  /** Sets one filter; an empty value removes it ("any"). */
  const set = (key: keyof JournalFilter, value: string | boolean) => {
    const { [key]: _old, ...rest } = filter;
    onChange(value === '' || value === false ? rest : { ...rest, [key]: value });
  };
  return (
    <search class="filters row" aria-label={t('journal.filter.label')}>
      <label for="journal-search">{t('journal.filter.search')}</label>
      <input
        id="journal-search"
        type="search"
        value={filter.query ?? ''}
        placeholder={t('journal.filter.searchPlaceholder')}
        onInput={(e) => set('query', e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && filter.query) {
            e.preventDefault();
            set('query', '');
          }
        }}
      />
      <label for="filter-direction">{t('journal.filter.direction')}</label>
      <select
        id="filter-direction"
        value={filter.direction ?? ''}
        onChange={(e) => set('direction', e.currentTarget.value)}
      >
        <option value="">{t('journal.filter.any')}</option>
        {DIRECTIONS.map((d) => (
          <option key={d} value={d}>
            {directionChoice(d, lang)}
          </option>
        ))}
      </select>
      <label for="filter-confidence">{t('journal.filter.confidence')}</label>
      <select
        id="filter-confidence"
        value={filter.confidence ?? ''}
        onChange={(e) => set('confidence', e.currentTarget.value)}
      >
        <option value="">{t('journal.filter.any')}</option>
        {CONFIDENCES.map((c) => (
          <option key={c} value={c}>
            {confidenceChoice(c, lang)}
          </option>
        ))}
      </select>
      <label for="filter-site">{t('journal.filter.site')}</label>
      <select
        id="filter-site"
        value={filter.site ?? ''}
        onChange={(e) => set('site', e.currentTarget.value)}
      >
        <option value="">{t('journal.filter.any')}</option>
        {sitesOf(sightings).map((site) => (
          <option key={site} value={site}>
            {site}
          </option>
        ))}
      </select>
      <label class="check">
        <input
          type="checkbox"
          checked={filter.duplicatesOnly === true}
          onChange={(e) => set('duplicatesOnly', e.currentTarget.checked)}
        />
        {t('journal.filter.duplicates')}
      </label>
      {Object.keys(filter).length > 0 && (
        <button
          type="button"
          onClick={() => {
            onChange(NO_FILTER);
            // The button goes with the filters: keep focus in the bar, not on the page's body.
            document.getElementById('journal-search')?.focus();
          }}
        >
          {t('journal.filter.clear')}
        </button>
      )}
      <span class="hint" role="status">
        {t('journal.filter.shown', { shown, total: sightings.length })}
      </span>
    </search>
  );
}
