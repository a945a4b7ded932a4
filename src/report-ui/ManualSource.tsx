/**
 * The first step of a report opened without a quote (the popup on a page with nothing
 * selected, a deep link without `quote`): the address, title and page date come filled when
 * known, and the user pastes the quote. Without the page text the hash covers the quote alone,
 * and the form says so.
 */
import { useState } from 'preact/hooks';
import { pageDate as readPageDate } from '@/src/dates/page-date';
import type { ReportRequest } from '@/src/messaging/protocol';
import { usePageI18n } from '@/src/ui/page-i18n';
import { type ManualStart, quoteOnlyRequest } from './report-source';

interface Props {
  start: ManualStart;
  onReady(request: ReportRequest): void;
}

/** Address, title and quote inputs, then Continue. */
export function ManualSource(props: Props) {
  const { t } = usePageI18n();
  const [url, setUrl] = useState(props.start.url);
  const [title, setTitle] = useState(props.start.title);
  const [quote, setQuote] = useState('');
  const [error, setError] = useState('');

  async function next(event: Event) {
    event.preventDefault();
    if (!/^https?:\/\/\S+$/i.test(url.trim())) return setError(t('report.manual.needUrl'));
    if (!quote.trim()) return setError(t('report.manual.needQuote'));
    const { pageDate, pageDateFrom } = props.start;
    // The page date belongs to the address it came with; a different address has none.
    const samePage = url.trim() === props.start.url;
    const fromAddress = readPageDate({ url: url.trim() }, new Date().toISOString().slice(0, 10));
    const dated =
      samePage && pageDate
        ? { pageDate, ...(pageDateFrom ? { pageDateFrom } : {}) }
        : fromAddress
          ? { pageDate: fromAddress.date, pageDateFrom: fromAddress.source }
          : {};
    const base = { url: url.trim(), title: title.trim(), lang: 'und', factIds: [], ...dated };
    props.onReady(await quoteOnlyRequest(base, { exact: quote, prefix: '', suffix: '' }));
  }

  return (
    <form class="report-form" onSubmit={next} noValidate>
      <h2>{t('report.manual.heading')}</h2>
      {props.start.url ? <p class="hint">{t('report.manual.nothingSelected')}</p> : null}
      <div class="field">
        <label for="manual-url">{t('report.manual.url')}</label>
        <input
          id="manual-url"
          type="url"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="manual-title">{t('report.manual.title')}</label>
        <input id="manual-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="manual-quote">{t('report.manual.quote')}</label>
        <textarea
          id="manual-quote"
          rows={4}
          value={quote}
          onInput={(e) => setQuote(e.currentTarget.value)}
        />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="buttons">
        <button type="submit" class="primary">
          {t('report.manual.continue')}
        </button>
      </div>
    </form>
  );
}
