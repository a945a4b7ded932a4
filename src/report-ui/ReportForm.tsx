/**
 * The sighting form, used by the report window (new sightings) and the journal (edits). It
 * starts from what the user already confirmed (nothing, for a new report) and offers what was
 * read from the quote as suggestions next to each field. Save validates everything and shows
 * each problem next to its input; from then on the messages follow the fields as they change
 * (a suggestion that fills a field clears its message). A failed write is shown above the
 * buttons, the values kept.
 */
import { useMemo, useState } from 'preact/hooks';
import { factBase } from '@/src/facts';
import {
  CONFIDENCES,
  DIRECTIONS,
  PRECISIONS,
  type Sighting,
  type SightingDraft,
  type SightingFields,
} from '@/src/sightings/model';
import { usePageI18n } from '@/src/ui/page-i18n';
import { CountField } from './CountField';
import { useFactTitles } from './fact-titles';
import { type FieldErrors, type FormValues, initialValues, readForm } from './form-values';
import {
  confidenceChoice,
  dateWords,
  directionChoice,
  precisionChoice,
  yearFromLabel,
} from './labels';
import { PlaceField, PlaceNames } from './PlaceField';
import { SourcePanel } from './SourcePanel';
import { applyFirstOfEach, type Suggestion, SuggestionButtons } from './Suggestions';

interface Props {
  record: SightingDraft | Sighting;
  suggestions: Suggestion[];
  /** Sightings with the same page and quote, to warn about. */
  duplicates: Sighting[];
  submitLabel: string;
  /** Stores the fields; resolves to an error message to show, or null on success. */
  onSubmit(fields: Omit<SightingFields, 'page' | 'quote'>): Promise<FieldErrors | null>;
  onCancel?(): void;
}

/** The form. */
export function ReportForm(props: Props) {
  const { record, suggestions } = props;
  const { t, lang } = usePageI18n();
  const [values, setValuesRaw] = useState<FormValues>(() => initialValues(record));
  // Checked live once Save was pressed; `saveErrors` are the store's answer to the last Save.
  const [checking, setChecking] = useState(false);
  const [saveErrors, setSaveErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const setValues = (update: (v: FormValues) => FormValues) => {
    setValuesRaw(update);
    // A field's message from the store no longer applies once the fields change.
    setSaveErrors((e) => (e.form ? { form: e.form } : {}));
  };
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const apply = (s: Suggestion) => setValues((v) => s.apply(v));
  const suggest = (field: Suggestion['field']) => (
    <SuggestionButtons field={field} suggestions={suggestions} onApply={apply} />
  );
  const live = useMemo(() => {
    if (!checking) return {};
    const read = readForm(values, lang);
    return read.ok ? {} : read.errors;
  }, [checking, values, lang]);
  const errors: FieldErrors = { ...live, ...saveErrors };

  async function submit(event: Event) {
    event.preventDefault();
    setChecking(true);
    const read = readForm(values, lang);
    if (!read.ok) {
      focusFirstError();
      return;
    }
    setBusy(true);
    const failed = await props.onSubmit(read.fields);
    setBusy(false);
    setSaveErrors(failed ?? {});
    if (failed) focusFirstError();
  }

  const relatedChoices = factBase.facts;
  const factTitles = useFactTitles(lang);
  const first = props.duplicates[0];
  return (
    <form class="report-form" onSubmit={submit} noValidate>
      <SourcePanel page={record.page} quote={record.quote} />
      {first && (
        <p class="warning" role="status">
          {t('report.duplicates', {
            count: props.duplicates.length,
            date: dateWords(first.createdAt.slice(0, 10), lang),
          })}
        </p>
      )}
      <PlaceNames />
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{t('report.whatSeen')}</h2>
        {suggestions.length > 0 && (
          <button type="button" onClick={() => setValues((v) => applyFirstOfEach(v, suggestions))}>
            {t('report.fillSuggestions')}
          </button>
        )}
        <div class="field">
          <label for={values.yearPrompt ? 'observed-year' : 'observed-date'}>
            {t('report.dateSeen')}
          </label>
          {values.yearPrompt ? (
            <div class="row year-prompt">
              <span>
                {t('report.yearPrompt', { words: t('quote', { text: values.yearPrompt.words }) })}
              </span>
              <label for="observed-year">{t('report.year')}</label>
              <input
                id="observed-year"
                inputMode="numeric"
                size={8}
                placeholder={t('report.yearPlaceholder')}
                value={values.promptYear ?? ''}
                aria-invalid={errors.observed ? true : undefined}
                aria-describedby={errors.observed ? 'observed-error' : undefined}
                onInput={(e) => set('promptYear', e.currentTarget.value)}
              />
              <button type="button" onClick={() => set('yearPrompt', undefined)}>
                {t('report.wholeDate')}
              </button>
            </div>
          ) : (
            <div class="row">
              <input
                id="observed-date"
                placeholder={t('report.datePlaceholder')}
                value={values.date}
                aria-invalid={errors.observed ? true : undefined}
                aria-describedby={errors.observed ? 'observed-error' : undefined}
                onInput={(e) => {
                  const date = e.currentTarget.value;
                  // A typed date is the user's own: it no longer carries an inferred year.
                  setValues((v) => ({ ...v, date, inferredYear: false, yearFrom: undefined }));
                }}
              />
              <label for="observed-precision">{t('report.precision')}</label>
              <select
                id="observed-precision"
                value={values.precision}
                onChange={(e) => set('precision', e.currentTarget.value as FormValues['precision'])}
              >
                {PRECISIONS.map((p) => (
                  <option value={p} key={p}>
                    {precisionChoice(p, lang)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {values.inferredYear && values.yearFrom && !values.yearPrompt && (
            <p class="badge year-from">
              {t('report.yearTaken', {
                from: yearFromLabel(values.yearFrom, record.page.pageDateFrom, lang),
              })}
            </p>
          )}
          {suggest('observed')}
          {errors.observed && (
            <p class="error" id="observed-error">
              {errors.observed}
            </p>
          )}
        </div>
        <PlaceField
          id="place"
          label={t('report.placeSeen')}
          value={values.place}
          error={errors.place}
          withCoordinates
          onChange={(p) => set('place', p)}
        />
        {suggest('place')}
        <CountField values={values} set={set} error={errors.count}>
          {suggest('count')}
        </CountField>
      </section>
      <section aria-labelledby="route-heading">
        <h2 id="route-heading">{t('report.route')}</h2>
        <div class="field">
          <label for="direction">{t('report.direction')}</label>
          <select
            id="direction"
            value={values.direction}
            onChange={(e) => set('direction', e.currentTarget.value as FormValues['direction'])}
          >
            {DIRECTIONS.map((d) => (
              <option value={d} key={d}>
                {directionChoice(d, lang)}
              </option>
            ))}
          </select>
          {suggest('direction')}
        </div>
        <PlaceField
          id="origin"
          label={t('report.origin')}
          value={values.origin}
          error={errors.origin}
          onChange={(p) => set('origin', p)}
        />
        {suggest('origin')}
        <PlaceField
          id="destination"
          label={t('report.destination')}
          value={values.destination}
          error={errors.destination}
          onChange={(p) => set('destination', p)}
        />
        {suggest('destination')}
        <div class="field">
          <label for="route-leg">{t('report.routeLeg')}</label>
          <input
            id="route-leg"
            placeholder={t('report.routeLegPlaceholder')}
            value={values.routeLeg}
            onInput={(e) => set('routeLeg', e.currentTarget.value)}
          />
        </div>
      </section>
      <section aria-labelledby="judgement-heading">
        <h2 id="judgement-heading">{t('report.assessment')}</h2>
        <div class="field">
          <label for="confidence">{t('report.confidence')}</label>
          <select
            id="confidence"
            value={values.confidence}
            onChange={(e) => set('confidence', e.currentTarget.value as FormValues['confidence'])}
          >
            {CONFIDENCES.map((c) => (
              <option value={c} key={c}>
                {confidenceChoice(c, lang)}
              </option>
            ))}
          </select>
        </div>
        <details class="field" open={values.relatedFacts.length > 0}>
          <summary>{t('report.relatedFacts', { count: values.relatedFacts.length })}</summary>
          <div class="facts-list">
            {relatedChoices.map((fact) => (
              <label key={fact.id} class="check">
                <input
                  type="checkbox"
                  checked={values.relatedFacts.includes(fact.id)}
                  onChange={(e) =>
                    set(
                      'relatedFacts',
                      e.currentTarget.checked
                        ? [...values.relatedFacts, fact.id]
                        : values.relatedFacts.filter((id) => id !== fact.id),
                    )
                  }
                />
                <span lang={factTitles[fact.id] ? lang : 'en'}>
                  {factTitles[fact.id] ?? fact.title}
                </span>
              </label>
            ))}
          </div>
        </details>
        <div class="field">
          <label for="notes">{t('report.notes')}</label>
          <textarea
            id="notes"
            rows={3}
            value={values.notes}
            onInput={(e) => set('notes', e.currentTarget.value)}
          />
        </div>
      </section>
      {errors.form && (
        <p class="error" role="alert">
          {errors.form}
        </p>
      )}
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('report.saving') : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('report.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function focusFirstError() {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
