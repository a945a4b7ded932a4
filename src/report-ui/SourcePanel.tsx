/**
 * The evidence part of a sighting, read-only: the page (title, address, site, the quote's
 * language, when it was taken, the page's own date) and the quote with its context, in plain
 * words. The fingerprint and the quote's position are explained under "Proof of what the page
 * said"; a position is shown only when it was measured in the page's text. Page text is shown
 * as text only, marked with the page's language.
 */
import type { PageContext, QuoteSelector } from '@/src/sightings/model';
import { usePageI18n } from '@/src/ui/page-i18n';
import { dateWords, languageName, pageDateFromWords, utcTimeWords } from './labels';

interface Props {
  page: PageContext;
  quote: QuoteSelector;
}

/** The page and quote of a report. */
export function SourcePanel({ page, quote }: Props) {
  const { t, lang } = usePageI18n();
  const captured = page.textCaptured;
  const pageLang = page.lang === 'und' ? undefined : page.lang;
  return (
    <section class="source" aria-labelledby="source-heading">
      <h2 id="source-heading">{t('report.source.heading')}</h2>
      <blockquote class="quote" lang={pageLang}>
        {quote.prefix && <span class="context">…{quote.prefix}</span>}
        <mark>{quote.exact}</mark>
        {quote.suffix && <span class="context">{quote.suffix}…</span>}
      </blockquote>
      <dl class="facts">
        <dt>{t('report.source.page')}</dt>
        {page.title ? <dd lang={pageLang}>{page.title}</dd> : <dd>{t('report.source.noTitle')}</dd>}
        <dt>{t('report.source.address')}</dt>
        <dd class="url">{page.url}</dd>
        <dt>{t('report.source.site')}</dt>
        <dd>{page.site}</dd>
        <dt>{t('report.source.quoteLang')}</dt>
        <dd>{languageName(page.lang, lang)}</dd>
        <dt>{t('report.source.taken')}</dt>
        <dd>
          <time dateTime={page.capturedAt}>{utcTimeWords(page.capturedAt, lang)}</time>
        </dd>
        <dt>{t('report.source.pageDate')}</dt>
        <dd>
          {page.pageDate
            ? page.pageDateFrom
              ? t('report.source.pageDateFrom', {
                  date: dateWords(page.pageDate, lang),
                  how: pageDateFromWords(page.pageDateFrom, lang),
                })
              : dateWords(page.pageDate, lang)
            : t('report.source.noPageDate')}
        </dd>
      </dl>
      <details class="proof">
        <summary>{t('report.proof.summary')}</summary>
        <dl class="facts">
          <dt>{captured ? t('report.proof.pageHash') : t('report.proof.quoteHash')}</dt>
          <dd class="hash">{page.textSha256}</dd>
          <dt>{t('report.proof.position')}</dt>
          <dd>
            {captured && quote.start !== undefined
              ? t('report.proof.positionKnown', {
                  start: quote.start,
                  end: quote.end ?? quote.start,
                })
              : t('report.proof.positionUnknown')}
          </dd>
        </dl>
        <p class="hint">{captured ? t('report.proof.pageHint') : t('report.proof.quoteHint')}</p>
      </details>
    </section>
  );
}
