/**
 * The evidence part of a sighting, read-only: the page (title, address, site, language,
 * capture time, text hash) and the quote with its context. Page text is shown as text only.
 */
import type { PageContext, QuoteSelector } from '@/src/sightings/model';

interface Props {
  page: PageContext;
  quote: QuoteSelector;
  /** The hash covers only the quote (deep link, page without scripts). */
  quoteOnly?: boolean | undefined;
}

/** The page and quote of a report. */
export function SourcePanel({ page, quote, quoteOnly }: Props) {
  return (
    <section class="source" aria-labelledby="source-heading">
      <h2 id="source-heading">Source</h2>
      <blockquote class="quote" lang={page.lang === 'und' ? undefined : page.lang}>
        {quote.prefix && <span class="context">…{quote.prefix}</span>}
        <mark>{quote.exact}</mark>
        {quote.suffix && <span class="context">{quote.suffix}…</span>}
      </blockquote>
      <dl class="facts">
        <dt>Page</dt>
        <dd>{page.title || '(no title)'}</dd>
        <dt>Address</dt>
        <dd class="url">{page.url}</dd>
        <dt>Site</dt>
        <dd>{page.site}</dd>
        <dt>Language</dt>
        <dd>{page.lang}</dd>
        <dt>Captured</dt>
        <dd>
          <time dateTime={page.capturedAt}>
            {page.capturedAt.replace('T', ' ').slice(0, 16)} UTC
          </time>
        </dd>
        {page.pageDate && (
          <>
            <dt>Page date</dt>
            <dd>{page.pageDate}</dd>
          </>
        )}
        <dt>{quoteOnly ? 'SHA-256 of the quote' : 'SHA-256 of the page text'}</dt>
        <dd class="hash" title={page.textSha256}>
          {page.textSha256}
        </dd>
        <dt>Position</dt>
        <dd>
          characters {quote.start}–{quote.end}
          {quoteOnly ? ' of the quote (the page text was not captured)' : ' of the page text'}
        </dd>
      </dl>
    </section>
  );
}
