/**
 * One sighting in the journal: when and where, how many, which way, the quote and its page,
 * and the actions on it (edit, delete, send). Quotes and titles from pages are text, never HTML.
 */

import {
  CONFIDENCE_LABELS,
  countLabel,
  directionLabel,
  languageName,
  observedLabel,
  yearFromLabel,
} from '@/src/report-ui/labels';
import type { Sighting } from '@/src/sightings/model';
import type { OutboxEntry } from '@/src/sightings/outbox';

interface Props {
  sighting: Sighting;
  duplicateCount: number;
  delivery?: OutboxEntry | undefined;
  canSend: boolean;
  onEdit(): void;
  onDelete(): void;
  onSend(): void;
}

function deliveryLabel(entry: OutboxEntry): string {
  if (entry.status === 'sent') return `Sent ${entry.sentAt?.slice(0, 16).replace('T', ' ') ?? ''}`;
  if (entry.status === 'failed') return `Not sent: ${entry.lastError ?? 'unknown error'}`;
  return entry.lastError ? `Queued, will retry (${entry.lastError})` : 'Queued';
}

/** The list item. */
export function SightingItem({ sighting: s, duplicateCount, delivery, canSend, ...on }: Props) {
  return (
    <article class="sighting" aria-labelledby={`h-${s.id}`} data-id={s.id}>
      <h3 id={`h-${s.id}`}>
        <time dateTime={s.observed.date}>{observedLabel(s.observed)}</time> · {s.place.name} ·{' '}
        {countLabel(s.count)} · {directionLabel(s.direction)}
      </h3>
      {s.observed.yearFrom && (
        <p class={s.observed.yearFrom.source === 'capture-date' ? 'warning' : 'hint'}>
          The quote gives no year; it was taken from{' '}
          {yearFromLabel(s.observed.yearFrom, s.page.pageDateFrom)}.
        </p>
      )}
      <blockquote class="quote" lang={s.page.lang === 'und' ? undefined : s.page.lang}>
        {s.quote.exact}
      </blockquote>
      <p class="hint">
        {s.page.site} — {s.page.title || s.page.url} · {languageName(s.page.lang)} ·{' '}
        {CONFIDENCE_LABELS[s.confidence]} · recorded {s.createdAt.slice(0, 10)}
        {s.origin && ` · from ${s.origin.name}`}
        {s.destination && ` · to ${s.destination.name}`}
        {s.routeLeg && ` · ${s.routeLeg}`}
      </p>
      {s.notes && <p class="notes">{s.notes}</p>}
      {duplicateCount > 0 && (
        <p class="warning">
          Same page and quote as {duplicateCount} other{' '}
          {duplicateCount === 1 ? 'record' : 'records'}.
        </p>
      )}
      {delivery && (
        <p class={`delivery ${delivery.status}`} role="status">
          {deliveryLabel(delivery)}
        </p>
      )}
      <div class="buttons">
        <button type="button" onClick={on.onEdit}>
          Edit
        </button>
        <button type="button" onClick={on.onDelete}>
          Delete
        </button>
        {canSend && (
          <button type="button" onClick={on.onSend} disabled={delivery?.status === 'queued'}>
            {delivery?.status === 'failed' ? 'Send again' : 'Send'}
          </button>
        )}
      </div>
    </article>
  );
}
