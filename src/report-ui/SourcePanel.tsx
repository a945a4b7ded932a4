/**
 * The evidence part of a sighting, read-only: the page (title, address, site, the quote's
 * language, when it was taken, the page's own date) and the quote with its context, in plain
 * words. The fingerprint and the quote's position are explained under "Proof of what the page
 * said"; a position is shown only when it was measured in the page's text. Page text is shown
 * as text only.
 */
import type { PageContext, QuoteSelector } from '@/src/sightings/model';
import { dateWords, languageName, PAGE_DATE_FROM_WORDS } from './labels';

interface Props {
  page: PageContext;
  quote: QuoteSelector;
}

/** The page and quote of a report. */
export function SourcePanel({ page, quote }: Props) {
  const captured = page.textCaptured;
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
        <dt>Language of the quote</dt>
        <dd>{languageName(page.lang)}</dd>
        <dt>Taken</dt>
        <dd>
          <time dateTime={page.capturedAt}>
            {page.capturedAt.replace('T', ' ').slice(0, 16)} UTC
          </time>
        </dd>
        <dt>Page date</dt>
        <dd>
          {page.pageDate
            ? `${dateWords(page.pageDate)}${page.pageDateFrom ? `, from ${PAGE_DATE_FROM_WORDS[page.pageDateFrom]}` : ''}`
            : 'the page gives none'}
        </dd>
      </dl>
      <details class="proof">
        <summary>Proof of what the page said</summary>
        <dl class="facts">
          <dt>{captured ? 'Fingerprint of the page text' : 'Fingerprint of the quote'}</dt>
          <dd class="hash" title={page.textSha256}>
            {page.textSha256}
          </dd>
          <dt>Position</dt>
          <dd>
            {captured && quote.start !== undefined
              ? `characters ${quote.start}–${quote.end} of the page's text`
              : 'not known: the page text was not read, only the quote'}
          </dd>
        </dl>
        <p class="hint">
          {captured
            ? "The fingerprint (SHA-256) is computed from the page's whole text when the quote was taken: anyone with a copy of that text can check it is the same, character for character."
            : 'The fingerprint (SHA-256) is computed from the quote alone, because the page text was not read: it shows the quote has not changed since, not what else the page said.'}
        </p>
      </details>
    </section>
  );
}
