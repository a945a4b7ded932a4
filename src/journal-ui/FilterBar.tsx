/**
 * Search and filters above the journal list (the matching is `src/sightings/journal.ts`). Every control is labelled and the result count
 * is announced, so the list can be narrowed without a mouse.
 */

import { CONFIDENCE_LABELS, DIRECTION_LABELS } from '@/src/report-ui/labels';
import type { JournalFilter } from '@/src/sightings/journal';
import { CONFIDENCES, DIRECTIONS, type Sighting } from '@/src/sightings/model';

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
  /** Sets one filter; an empty value removes it ("any"). */
  const set = (key: keyof JournalFilter, value: string | boolean) => {
    const { [key]: _old, ...rest } = filter;
    onChange(value === '' || value === false ? rest : { ...rest, [key]: value });
  };
  return (
    <search class="filters row">
      <label for="journal-search">Search</label>
      <input
        id="journal-search"
        type="search"
        value={filter.query ?? ''}
        placeholder="Place, quote, notes, site…"
        onInput={(e) => set('query', e.currentTarget.value)}
      />
      <label for="filter-direction">Direction</label>
      <select
        id="filter-direction"
        value={filter.direction ?? ''}
        onChange={(e) => set('direction', e.currentTarget.value)}
      >
        <option value="">Any</option>
        {DIRECTIONS.map((d) => (
          <option key={d} value={d}>
            {DIRECTION_LABELS[d]}
          </option>
        ))}
      </select>
      <label for="filter-confidence">How sure</label>
      <select
        id="filter-confidence"
        value={filter.confidence ?? ''}
        onChange={(e) => set('confidence', e.currentTarget.value)}
      >
        <option value="">Any</option>
        {CONFIDENCES.map((c) => (
          <option key={c} value={c}>
            {CONFIDENCE_LABELS[c]}
          </option>
        ))}
      </select>
      <label for="filter-site">Site</label>
      <select
        id="filter-site"
        value={filter.site ?? ''}
        onChange={(e) => set('site', e.currentTarget.value)}
      >
        <option value="">Any</option>
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
        Duplicates only
      </label>
      {Object.keys(filter).length > 0 && (
        <button type="button" onClick={() => onChange(NO_FILTER)}>
          Clear
        </button>
      )}
      <span class="hint" role="status">
        {shown} of {sightings.length} shown
      </span>
    </search>
  );
}
