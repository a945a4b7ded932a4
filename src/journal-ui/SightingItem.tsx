/**
 * One sighting in the journal: when and where, how many, which way, the quote and its page,
 * and the actions on it (edit, delete, send). Quotes and titles from pages are text, never
 * HTML, marked with the page's language; the rest speaks the interface language.
 */

import type { PageTranslate } from '@/src/i18n/page-translate';
import { sightingPlaceName } from '@/src/report-ui/gazetteer';
import {
  confidenceChoice,
  countLabel,
  dateWords,
  directionLabel,
  languageName,
  observedLabel,
  utcTimeWords,
  yearFromLabel,
} from '@/src/report-ui/labels';
import type { Sighting } from '@/src/sightings/model';
import type { OutboxEntry } from '@/src/sightings/outbox';
import { usePageI18n } from '@/src/ui/page-i18n';
import type { Lang } from '@/src/vocabulary';

interface Props {
  sighting: Sighting;
  duplicateCount: number;
  delivery?: OutboxEntry | undefined;
  canSend: boolean;
  onEdit(): void;
  onDelete(): void;
  onSend(): void;
}

function deliveryLabel(entry: OutboxEntry, t: PageTranslate, lang: Lang): string {
  if (entry.status === 'sent')
    return t('journal.delivery.sent', {
      time: entry.sentAt ? utcTimeWords(entry.sentAt, lang) : '',
    });
  if (entry.status === 'failed')
    return t('journal.delivery.failed', {
      reason: entry.lastError ?? t('journal.delivery.unknownError'),
    });
  return entry.lastError
    ? t('journal.delivery.retrying', { reason: entry.lastError })
    : t('journal.delivery.queued');
}

/** The list item. */
export function SightingItem({ sighting: s, duplicateCount, delivery, canSend, ...on }: Props) {
  const { t, lang } = usePageI18n();
  const pageLang = s.page.lang === 'und' ? undefined : s.page.lang;
  const place = sightingPlaceName(s, lang);
  const when = observedLabel(s.observed, lang);
  const sep = ' · ';
  return (
    <article class="sighting" aria-labelledby={`h-${s.id}`} data-id={s.id}>
      <h3 id={`h-${s.id}`}>
        <time dateTime={s.observed.date}>{when}</time>
        {sep}
        {place}
        {sep}
        {countLabel(s.count, lang)}
        {sep}
        {directionLabel(s.direction, lang)}
      </h3>
      {s.observed.yearFrom && (
        <p class={s.observed.yearFrom.source === 'capture-date' ? 'warning' : 'hint'}>
          {t('report.yearTaken', {
            from: yearFromLabel(s.observed.yearFrom, s.page.pageDateFrom, lang),
          })}
        </p>
      )}
      <blockquote class="quote" lang={pageLang}>
        {s.quote.exact}
      </blockquote>
      <p class="hint">
        {s.page.site} —{' '}
        <span lang={s.page.title ? pageLang : undefined}>{s.page.title || s.page.url}</span>
        {sep}
        {languageName(s.page.lang, lang)}
        {sep}
        {confidenceChoice(s.confidence, lang)}
        {sep}
        {t('journal.item.recorded', { date: dateWords(s.createdAt.slice(0, 10), lang) })}
        {s.origin &&
          `${sep}${t('journal.item.from', { place: sightingPlaceName({ place: s.origin }, lang) })}`}
        {s.destination &&
          `${sep}${t('journal.item.to', { place: sightingPlaceName({ place: s.destination }, lang) })}`}
        {s.routeLeg && `${sep}${s.routeLeg}`}
      </p>
      {s.notes && <p class="notes">{s.notes}</p>}
      {duplicateCount > 0 && (
        <p class="warning">{t('journal.item.duplicates', { count: duplicateCount })}</p>
      )}
      {delivery && (
        <p class={`delivery ${delivery.status}`} role="status">
          {deliveryLabel(delivery, t, lang)}
        </p>
      )}
      <div class="buttons">
        <button type="button" class="edit" onClick={on.onEdit}>
          {t('journal.item.edit')}
        </button>
        <button type="button" class="delete" onClick={on.onDelete}>
          {t('journal.item.delete')}
        </button>
        {canSend && (
          <button
            type="button"
            class="send"
            onClick={on.onSend}
            disabled={delivery?.status === 'queued'}
          >
            {delivery?.status === 'failed' ? t('journal.item.sendAgain') : t('journal.item.send')}
          </button>
        )}
      </div>
    </article>
  );
}
