/**
 * What was read from the quote, offered next to the field it would fill. Nothing extracted
 * reaches a record on its own: a suggestion fills its field only when the user presses it,
 * and the filled value stays editable.
 */
import { usePageI18n } from '@/src/ui/page-i18n';
import type { FormValues } from './form-values';

/** The fields extraction can suggest values for. */
export type SuggestedField =
  | 'observed'
  | 'place'
  | 'count'
  | 'direction'
  | 'origin'
  | 'destination';

/** One candidate value for one field. */
export interface Suggestion {
  field: SuggestedField;
  /** How the value reads, e.g. "9 March 2026 (year inferred from the page date)". */
  label: string;
  /** The words in the quote it came from. */
  source: string;
  apply(values: FormValues): FormValues;
}

interface Props {
  field: SuggestedField;
  suggestions: Suggestion[];
  onApply(suggestion: Suggestion): void;
}

/** The buttons for one field's suggestions; nothing when there are none. */
export function SuggestionButtons({ field, suggestions, onApply }: Props) {
  const { t } = usePageI18n();
  const mine = suggestions.filter((s) => s.field === field);
  if (mine.length === 0) return null;
  return (
    <div class="suggestions">
      <span class="hint">{t('report.suggest.found')}</span>
      {mine.map((s) => (
        <button
          type="button"
          class="suggestion"
          key={`${s.label}:${s.source}`}
          title={t('report.suggest.from', { quote: t('quote', { text: s.source }) })}
          onClick={() => onApply(s)}
        >
          {t('report.suggest.use', { value: s.label })}
        </button>
      ))}
    </div>
  );
}

/** Applies the first suggestion of every field: one press for a busy reader, still reviewable. */
export function applyFirstOfEach(values: FormValues, suggestions: Suggestion[]): FormValues {
  const seen = new Set<SuggestedField>();
  let next = values;
  for (const s of suggestions) {
    if (seen.has(s.field)) continue;
    seen.add(s.field);
    next = s.apply(next);
  }
  return next;
}
