/**
 * The report window: loads the page and quote (stashed request, deep link, or typed by the
 * user), offers what was read from the quote, and saves through the background. After saving
 * it says so and offers the journal; a failed write is shown and the values stay in the form.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { factBase } from '@/src/facts';
import { pageToBackground, type ReportRequest } from '@/src/messaging/protocol';
import { createSighting, draftFromCapture } from '@/src/sightings/create';
import { findDuplicates } from '@/src/sightings/duplicates';
import type { Sighting, SightingDraft } from '@/src/sightings/model';
import { InvalidSightingError } from '@/src/sightings/validate';
import { yearReference } from '@/src/sightings/year-reference';
import { usePageI18n } from '@/src/ui/page-i18n';
import { errorsFromIssues } from './form-values';
import { sightingPlaceName } from './gazetteer';
import { observedLabel } from './labels';
import { ManualSource } from './ManualSource';
import { ReportForm } from './ReportForm';
import {
  type ManualStart,
  parseReportQuery,
  quoteOnlyRequest,
  type ReportSource,
} from './report-source';
import { suggestionsFor } from './suggest';

type State =
  | { step: 'loading' }
  | { step: 'manual'; source: ManualStart }
  | { step: 'form'; request: ReportRequest; draft: SightingDraft; journal: Sighting[] }
  | { step: 'saved'; sighting: Sighting }
  | { step: 'expired' }
  | { step: 'failed'; reason: string };

async function requestFor(source: ReportSource): Promise<ReportRequest | null> {
  if (source.kind === 'manual') return null;
  if (source.kind === 'link') return quoteOnlyRequest(source.request, source.request.quote);
  return pageToBackground.sendMessage('takeReportRequest', source.id);
}

/** The report page: its heading over whichever step it is at. */
export function ReportApp({ search }: { search: string }) {
  const { t } = usePageI18n();
  return (
    <>
      <h1>{t('report.title')}</h1>
      <ReportSteps search={search} />
    </>
  );
}

function ReportSteps({ search }: { search: string }) {
  const { t, lang } = usePageI18n();
  const [state, setState] = useState<State>({ step: 'loading' });

  async function open(request: ReportRequest) {
    const journal = await pageToBackground.sendMessage('listSightings', undefined);
    setState({ step: 'form', request, draft: draftFromCapture(request, new Date()), journal });
  }

  useEffect(() => {
    const source = parseReportQuery(search);
    requestFor(source)
      .then((request) => {
        if (request) return open(request);
        if (source.kind === 'manual') setState({ step: 'manual', source: source.start });
        else setState({ step: 'expired' });
      })
      .catch((error: unknown) => setState({ step: 'failed', reason: String(error) }));
  }, [search]);

  if (state.step === 'loading') return <p aria-busy="true">{t('report.loading')}</p>;
  if (state.step === 'expired' || state.step === 'failed')
    return (
      <p class="error" role="alert">
        {state.step === 'expired'
          ? t('report.expired')
          : t('report.openFailed', { reason: state.reason })}
      </p>
    );
  if (state.step === 'manual') return <ManualSource start={state.source} onReady={open} />;
  if (state.step === 'saved') {
    const saved = state.sighting;
    return (
      <section class="saved" role="status">
        <h2>{t('report.saved')}</h2>
        <p>
          {t('report.savedSummary', {
            quote: t('quote', { text: saved.quote.exact }),
            place: sightingPlaceName(saved, lang),
            date: observedLabel(saved.observed, lang),
          })}
        </p>
        <div class="buttons">
          <button
            type="button"
            class="primary"
            onClick={() => {
              // A tab of its own: the journal is too wide for the report window.
              void browser.tabs.create({ url: browser.runtime.getURL('/journal.html') });
              window.close();
            }}
          >
            {t('report.openJournal')}
          </button>
          <button type="button" onClick={() => window.close()}>
            {t('report.close')}
          </button>
        </div>
      </section>
    );
  }
  const { draft, request, journal } = state;
  const cardFact = request.cardFact ? factBase.factById(request.cardFact) : undefined;
  return (
    <ReportForm
      record={draft}
      suggestions={suggestionsFor(draft, yearReference(draft.page, cardFact), lang)}
      duplicates={findDuplicates(journal, draft)}
      submitLabel={t('report.save')}
      onCancel={() => window.close()}
      onSubmit={async (fields) => {
        let sighting: Sighting;
        try {
          sighting = createSighting({ ...draft, ...fields }, new Date(), crypto.randomUUID());
        } catch (error) {
          if (error instanceof InvalidSightingError) return errorsFromIssues(error.issues);
          throw error;
        }
        const result = await pageToBackground.sendMessage('saveSighting', sighting);
        if (!result.ok) return { form: result.error };
        setState({ step: 'saved', sighting: result.value });
        return null;
      }}
    />
  );
}
