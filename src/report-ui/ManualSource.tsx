/**
 * The first step of a report opened without a quote (the popup's link, a deep link without
 * `quote`): the user pastes the page address, its title and the quote. Without the page text
 * the hash covers the quote alone, and the form says so.
 */
import { useState } from 'preact/hooks';
import type { ReportRequest } from '@/src/messaging/protocol';
import { quoteOnlyRequest } from './report-source';

interface Props {
  url: string;
  title: string;
  onReady(request: ReportRequest): void;
}

/** Address, title and quote inputs, then Continue. */
export function ManualSource(props: Props) {
  const [url, setUrl] = useState(props.url);
  const [title, setTitle] = useState(props.title);
  const [quote, setQuote] = useState('');
  const [error, setError] = useState('');

  async function next(event: Event) {
    event.preventDefault();
    if (!/^https?:\/\/\S+$/i.test(url.trim()))
      return setError('Enter the page address (http or https).');
    if (!quote.trim()) return setError('Paste the words from the page that report the sighting.');
    const base = { url: url.trim(), title: title.trim(), lang: 'und', factIds: [] };
    props.onReady(await quoteOnlyRequest(base, { exact: quote, prefix: '', suffix: '' }));
  }

  return (
    <form class="report-form" onSubmit={next} noValidate>
      <h2>Which page, which words?</h2>
      <div class="field">
        <label for="manual-url">Page address</label>
        <input
          id="manual-url"
          type="url"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="manual-title">Page title</label>
        <input id="manual-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="manual-quote">Quote</label>
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
          Continue
        </button>
      </div>
    </form>
  );
}
