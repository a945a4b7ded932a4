/**
 * The settings page: on or off everywhere, sensitivity, and the sites where the user turned
 * the extension off. Every change is stored at once; a failed write is shown, not swallowed.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings, watchSettings } from '@/src/settings/items';
import { SENSITIVITIES, type Sensitivity, type Settings } from '@/src/settings/schema';
import { parseSiteInput } from '@/src/settings/site';

const SENSITIVITY_TEXT: Record<Sensitivity, [string, string]> = {
  low: ['Low', 'Only articles that clearly discuss North Korean workers abroad.'],
  normal: ['Normal', 'Recommended.'],
  high: ['High', 'Also articles that mention the subject in passing.'],
};

/** The whole settings form. */
export function SettingsForm() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [newSite, setNewSite] = useState('');
  const [siteError, setSiteError] = useState('');

  useEffect(() => {
    loadSettings().then(setSettings, (e) => setError(`Could not read settings: ${String(e)}`));
    return watchSettings(setSettings);
  }, []);

  const change = (update: (s: Settings) => Settings) =>
    updateSettings(update).then(
      (next) => {
        setSettings(next);
        setError('');
        setStatus('Saved.');
      },
      (e) => setError(`Not saved: ${String(e)}`),
    );

  if (!settings) return <p role="status">Loading…</p>;
  const addSite = (event: Event) => {
    event.preventDefault();
    const read = parseSiteInput(newSite);
    if (!read.ok) return setSiteError(read.error);
    if (settings.disabledSites.includes(read.site)) {
      return setSiteError(`${read.site} is already in the list.`);
    }
    setNewSite('');
    setSiteError('');
    void change((s) => ({ ...s, disabledSites: [...s.disabledSites, read.site].sort() }));
  };
  return (
    <>
      <h1>DPRK Labor Lens settings</h1>
      <fieldset>
        <legend>Everywhere</legend>
        <label>
          <input
            type="checkbox"
            name="enabled"
            checked={settings.enabled}
            onChange={(e) => {
              // Read now: the event's currentTarget is gone once the update runs.
              const enabled = e.currentTarget.checked;
              void change((s) => ({ ...s, enabled }));
            }}
          />{' '}
          Look for relevant articles on the pages I visit
        </label>
        <p class="hint">When off, the extension does nothing on any page.</p>
      </fieldset>
      <fieldset>
        <legend>Sensitivity</legend>
        {SENSITIVITIES.map((level) => (
          <label key={level}>
            <input
              type="radio"
              name="sensitivity"
              value={level}
              checked={settings.sensitivity === level}
              onChange={() => change((s) => ({ ...s, sensitivity: level }))}
            />{' '}
            {SENSITIVITY_TEXT[level][0]} <span class="hint">{SENSITIVITY_TEXT[level][1]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sites where it is off</legend>
        {settings.disabledSites.length === 0 ? <p class="hint">None.</p> : null}
        <ul>
          {settings.disabledSites.map((site) => (
            <li key={site}>
              {site}
              <button
                type="button"
                onClick={() =>
                  change((s) => ({
                    ...s,
                    disabledSites: s.disabledSites.filter((x) => x !== site),
                  }))
                }
              >
                Turn back on
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={addSite} noValidate>
          <label for="new-site">Turn off on a site:</label>{' '}
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
          <button type="submit">Add</button>
          {siteError ? (
            <p class="error" id="new-site-error" role="alert">
              {siteError}
            </p>
          ) : null}
        </form>
      </fieldset>
      <p role="alert">{error}</p>
      <p role="status">{status}</p>
    </>
  );
}
