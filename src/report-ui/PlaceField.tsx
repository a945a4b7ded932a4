/**
 * A place input: a gazetteer picker (a datalist of every known name in five languages) that
 * also takes free text, with optional coordinates. Picking a gazetteer name links its id; the
 * coordinates then stay empty because exports use the gazetteer's own.
 */

import { usePageI18n } from '@/src/ui/page-i18n';
import { placeKindWords } from '@/src/ui/place-kind';
import type { PlaceInput } from './form-values';
import { displayName, PLACE_NAMES, placeForName, placeOfId } from './gazetteer';

interface Props {
  id: string;
  label: string;
  value: PlaceInput;
  onChange(value: PlaceInput): void;
  error?: string | undefined;
  /** Show latitude/longitude inputs (for the main place). */
  withCoordinates?: boolean;
}

/** The shared datalist; rendered once per page by the form. */
export function PlaceNames() {
  const { lang } = usePageI18n();
  return (
    <datalist id="gazetteer-names">
      {PLACE_NAMES.map((n) => (
        <option key={`${n.place.id}:${n.name}`} value={n.name} label={displayName(n.place, lang)} />
      ))}
    </datalist>
  );
}

/** One labelled place input with its error. */
export function PlaceField({ id, label, value, onChange, error, withCoordinates }: Props) {
  const { t, lang } = usePageI18n();
  const place = value.placeId ? placeOfId(value.placeId) : undefined;
  const setName = (name: string) => {
    const match = placeForName(name);
    const { placeId: _old, ...rest } = value;
    onChange(match ? { ...rest, name, placeId: match.id, lat: '', lon: '' } : { ...rest, name });
  };
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        list="gazetteer-names"
        value={value.name}
        autocomplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      {value.placeId && (
        <span class="hint">
          {place
            ? t('report.place.known', {
                name: displayName(place, lang),
                kind: placeKindWords(place.kind, lang),
              })
            : t('report.place.knownUnnamed')}
        </span>
      )}
      {withCoordinates && !value.placeId && (
        <div class="row">
          <label for={`${id}-lat`}>{t('report.place.lat')}</label>
          <input
            id={`${id}-lat`}
            inputMode="decimal"
            size={9}
            value={value.lat}
            onInput={(e) => onChange({ ...value, lat: e.currentTarget.value })}
          />
          <label for={`${id}-lon`}>{t('report.place.lon')}</label>
          <input
            id={`${id}-lon`}
            inputMode="decimal"
            size={9}
            value={value.lon}
            onInput={(e) => onChange({ ...value, lon: e.currentTarget.value })}
          />
        </div>
      )}
      {error && (
        <p class="error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
