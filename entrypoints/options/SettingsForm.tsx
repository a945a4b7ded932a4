/**
 * The settings page: the interface language, on or off everywhere, sensitivity, and the sites
 * where the user turned the extension off. Every change is stored at once; a failed write is
 * shown, not swallowed. Languages are named in themselves, so a reader finds their own in a
 * menu written in a language they may not read.
 */
import { useEffect, useState } from 'preact/hooks';
import { uiLangFor } from '@/src/i18n/current';
import type { AnyMessageKey } from '@/src/i18n/page-translate';
import { LANG_SELF_NAMES, UI_LANG_CHOICES, type UiLangChoice } from '@/src/i18n/ui-lang';
import { loadSettings, updateSettings, watchSettings } from '@/src/settings/items';
import { SENSITIVITIES, type Settings } from '@/src/settings/schema';
import { parseSiteInput, type SiteInput } from '@/src/settings/site';
import { usePageI18n } from '@/src/ui/page-i18n';

/** The message for a refused site (the reason, with what was typed). */
function siteErrorKey(read: Extract<SiteInput, { ok: false }>): AnyMessageKey {
  if (read.reason === 'empty') return 'settings.site.empty';
  if (read.reason === 'spaces') return 'settings.site.spaces';
  if (read.reason === 'not-web') return 'settings.site.notWeb';
  return 'settings.site.invalid';
}

/** The whole settings form. */
export function SettingsForm() {
  const { t } = usePageI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [newSite, setNewSite] = useState('');
  const [siteError, setSiteError] = useState('');

  useEffect(() => {
    loadSettings().then(setSettings, (e) =>
      setError(t('settings.readFailed', { reason: String(e) })),
    );
    return watchSettings(setSettings);
  }, []);

  const change = (update: (s: Settings) => Settings) =>
    updateSettings(update).then(
      (next) => {
        setSettings(next);
        setError('');
        setStatus('saved');
      },
      (e) => setError(t('settings.notSaved', { reason: String(e) })),
    );

  if (!settings) return <p role="status">{t('settings.loading')}</p>;
  const addSite = (event: Event) => {
    event.preventDefault();
    const read = parseSiteInput(newSite);
    if (!read.ok) return setSiteError(t(siteErrorKey(read), { site: read.typed }));
    if (settings.disabledSites.includes(read.site)) {
      return setSiteError(t('settings.alreadyListed', { site: read.site }));
    }
    setNewSite('');
    setSiteError('');
    void change((s) => ({ ...s, disabledSites: [...s.disabledSites, read.site].sort() }));
  };
  const turnBackOn = (site: string) => {
    // The button goes with its row: keep focus in the list's form instead of losing it.
    document.getElementById('new-site')?.focus();
    void change((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }));
  };
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <fieldset>
        <legend>
          <label for="interface-language">{t('settings.language')}</label>
        </legend>
        <select
          id="interface-language"
          name="interfaceLanguage"
          value={settings.interfaceLanguage}
          aria-describedby="interface-language-hint"
          onChange={(e) => {
            const interfaceLanguage = e.currentTarget.value as UiLangChoice;
            void change((s) => ({ ...s, interfaceLanguage }));
          }}
        >
          {UI_LANG_CHOICES.map((choice) =>
            choice === 'auto' ? (
              <option key={choice} value={choice}>
                {t('settings.languageAuto', { lang: LANG_SELF_NAMES[uiLangFor('auto')] })}
              </option>
            ) : (
              <option key={choice} value={choice} lang={choice}>
                {LANG_SELF_NAMES[choice]}
              </option>
            ),
          )}
        </select>
        <p class="hint" id="interface-language-hint">
          {t('settings.languageHint')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('settings.everywhere')}</legend>
        <label class="check">
          <input
            type="checkbox"
            name="enabled"
            checked={settings.enabled}
            aria-describedby="enabled-hint"
            onChange={(e) => {
              // Read now: the event's currentTarget is gone once the update runs.
              const enabled = e.currentTarget.checked;
              void change((s) => ({ ...s, enabled }));
            }}
          />
          <span>{t('settings.enabled')}</span>
        </label>
        <p class="hint indent" id="enabled-hint">
          {t('settings.enabledHint')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('settings.sensitivity')}</legend>
        {SENSITIVITIES.map((level) => (
          <label key={level} class="check">
            <input
              type="radio"
              name="sensitivity"
              value={level}
              checked={settings.sensitivity === level}
              onChange={() => change((s) => ({ ...s, sensitivity: level }))}
            />
            <span>
              {t(`settings.sensitivity.${level}`)}{' '}
              <span class="hint">{t(`settings.sensitivity.${level}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settings.sitesOff')}</legend>
        {settings.disabledSites.length === 0 ? <p class="hint">{t('settings.noSites')}</p> : null}
        <ul class="sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('settings.turnBackOnSite', { site })}
                onClick={() => turnBackOn(site)}
              >
                {t('settings.turnBackOn')}
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={addSite} noValidate class="row">
          <label for="new-site">{t('settings.addSite')}</label>
          <input
            id="new-site"
            name="site"
            value={newSite}
            placeholder="example.com"
            autocomplete="off"
            aria-invalid={siteError ? true : undefined}
            aria-describedby={siteError ? 'new-site-error' : undefined}
            onInput={(e) => {
              setNewSite(e.currentTarget.value);
              setSiteError('');
            }}
          />
          <button type="submit">{t('settings.add')}</button>
        </form>
        {siteError ? (
          <p class="error" id="new-site-error" role="alert">
            {siteError}
          </p>
        ) : null}
      </fieldset>
      <p class="error" role="alert">
        {error}
      </p>
      <p class="hint" role="status">
        {status ? t('settings.saved') : ''}
      </p>
    </>
  );
}
