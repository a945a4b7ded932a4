/**
 * Where "Send" delivers sightings. Sharing is off until the user sets an address here. The
 * host permission for exactly that origin is requested in the same click, before any await,
 * because Firefox grants `permissions.request` only inside the user's action. The address is
 * saved whatever the answer, and the page says what a refusal means (CORS only).
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageToBackground } from '@/src/messaging/protocol';
import { checkShareEndpoint } from '@/src/sightings/share';
import { usePageI18n } from '@/src/ui/page-i18n';

// What the host permission means for sending: with it the extension may POST to the server
// directly; without it the browser sends a cross-origin (CORS) request, which works only when
// the server allows it (`journal.sharing.asking` / `granted` / `refused`).

interface Props {
  endpoint: string | null;
  onChanged(endpoint: string | null): void;
}

/** The endpoint input with Save and Turn off. */
export function SharingSettings({ endpoint, onChanged }: Props) {
  const { t } = usePageI18n();
  const [text, setText] = useState(endpoint ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [access, setAccess] = useState<'asking' | 'granted' | 'refused' | null>(null);

  function save() {
    const checked = checkShareEndpoint(text);
    if (!checked.ok)
      return setMessage({ error: true, text: t(`journal.sharing.error.${checked.reason}`) });
    // First, inside the click: Firefox grants permissions.request only in a user action.
    const access = browser.permissions.request({ origins: [checked.originPattern] });
    setAccess('asking');
    access.then(
      (granted) => setAccess(granted ? 'granted' : 'refused'),
      () => setAccess('refused'),
    );
    pageToBackground.sendMessage('setSharingEndpoint', checked.url).then(
      (result) => {
        if (!result.ok)
          return setMessage({
            error: true,
            text: t('journal.backgroundSays', { reason: result.error }),
          });
        setMessage({
          error: false,
          text: t('journal.sharing.sendsTo', { url: result.value ?? '' }),
        });
        onChanged(result.value);
      },
      (error: unknown) =>
        setMessage({ error: true, text: t('journal.backgroundSays', { reason: String(error) }) }),
    );
  }

  async function turnOff() {
    const result = await pageToBackground.sendMessage('setSharingEndpoint', null);
    if (!result.ok)
      return setMessage({
        error: true,
        text: t('journal.backgroundSays', { reason: result.error }),
      });
    setText('');
    setMessage({ error: false, text: t('journal.sharing.off') });
    // The button that had focus is gone with the endpoint: keep focus on the address input.
    document.getElementById('endpoint')?.focus();
    onChanged(null);
  }

  return (
    <details class="sharing" open={endpoint === null ? undefined : true}>
      <summary>
        {endpoint
          ? t('journal.sharing.summaryTo', { host: new URL(endpoint).host })
          : t('journal.sharing.summaryOff')}
      </summary>
      <p class="hint">{t('journal.sharing.hint')}</p>
      <div class="field">
        <label for="endpoint">{t('journal.sharing.endpoint')}</label>
        <div class="row">
          <input
            id="endpoint"
            type="url"
            size={30}
            value={text}
            placeholder="https://example.org/sightings"
            aria-invalid={message?.error ? true : undefined}
            aria-describedby="endpoint-message"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="button" onClick={save}>
            {t('journal.sharing.save')}
          </button>
          {endpoint && (
            <button type="button" onClick={turnOff}>
              {t('journal.sharing.turnOff')}
            </button>
          )}
        </div>
        <p id="endpoint-message" class={message?.error ? 'error' : 'hint'} role="status">
          {message?.text ?? ''}
        </p>
        {access && (
          <p class="hint" role="status">
            {t(`journal.sharing.${access}`)}
          </p>
        )}
      </div>
    </details>
  );
}
