/**
 * The head-count inputs: how it was stated (exact, approximate, range, unknown), the numbers
 * that kind takes, and the words as written. Only the inputs the kind uses are shown, and only
 * those are read (see `readForm`).
 */
import type { ComponentChildren } from 'preact';
import { COUNT_KINDS } from '@/src/sightings/model';
import { usePageI18n } from '@/src/ui/page-i18n';
import type { FormValues } from './form-values';
import { countKindChoice } from './labels';

interface Props {
  values: FormValues;
  set<K extends keyof FormValues>(key: K, value: FormValues[K]): void;
  error?: string | undefined;
  /** The count suggestions, shown under the inputs. */
  children?: ComponentChildren;
}

/** The count fieldset. */
export function CountField({ values, set, error, children }: Props) {
  const { t, lang } = usePageI18n();
  const number = (id: string, label: string, key: 'countValue' | 'countMin' | 'countMax') => (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        size={7}
        value={values[key]}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'count-error' : undefined}
        onInput={(e) => set(key, e.currentTarget.value)}
      />
    </>
  );
  const kind = values.countKind;
  return (
    <fieldset class="field">
      <legend>{t('report.count.heading')}</legend>
      <div class="row">
        <label for="count-kind">{t('report.count.statedAs')}</label>
        <select
          id="count-kind"
          value={kind}
          onChange={(e) => set('countKind', e.currentTarget.value as FormValues['countKind'])}
        >
          {COUNT_KINDS.map((k) => (
            <option value={k} key={k}>
              {countKindChoice(k, lang)}
            </option>
          ))}
        </select>
        {(kind === 'exact' || kind === 'approximate') &&
          number('count-value', t('report.count.number'), 'countValue')}
        {(kind === 'range' || kind === 'approximate') &&
          number('count-min', t('report.count.min'), 'countMin')}
        {(kind === 'range' || kind === 'approximate') &&
          number('count-max', t('report.count.max'), 'countMax')}
      </div>
      <label for="count-text">{t('report.count.words')}</label>
      <input
        id="count-text"
        value={values.countText}
        onInput={(e) => set('countText', e.currentTarget.value)}
      />
      {children}
      {error && (
        <p class="error" id="count-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
