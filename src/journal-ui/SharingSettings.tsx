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

/**
 * What the host permission means for sending. With it the extension may POST to the server
 * directly; without it the browser sends a cross-origin (CORS) request, which works only when
 * the server allows it.
 */
const ACCESS_TEXT = {
  asking: 'Asking the browser for access to this server…',
  granted: 'Access to this server granted.',
  refused:
    'Access to this server was not granted: sending works only if the server allows cross-origin requests (CORS). Save the address again to be asked again.',
} as const;

interface Props {
  endpoint: string | null;
  onChanged(endpoint: string | null): void;
}

/** The endpoint input with Save and Turn off. */
export function SharingSettings({ endpoint, onChanged }: Props) {
  const [text, setText] = useState(endpoint ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [access, setAccess] = useState<'asking' | 'granted' | 'refused' | null>(null);

  function save() {
    const checked = checkShareEndpoint(text);
    if (!checked.ok) return setMessage({ error: true, text: checked.message });
    // First, inside the click: Firefox grants permissions.request only in a user action.
    const access = browser.permissions.request({ origins: [checked.originPattern] });
    setAccess('asking');
    access.then(
      (granted) => setAccess(granted ? 'granted' : 'refused'),
      () => setAccess('refused'),
    );
    pageToBackground.sendMessage('setSharingEndpoint', checked.url).then(
      (result) => {
        if (!result.ok) return setMessage({ error: true, text: result.error });
        setMessage({ error: false, text: `Sightings you send go to ${result.value}.` });
        onChanged(result.value);
      },
      (error: unknown) => setMessage({ error: true, text: String(error) }),
    );
  }

  async function turnOff() {
    const result = await pageToBackground.sendMessage('setSharingEndpoint', null);
    if (!result.ok) return setMessage({ error: true, text: result.error });
    setText('');
    setMessage({ error: false, text: 'Sharing is off.' });
    onChanged(null);
  }

  return (
    <details class="sharing" open={endpoint === null ? undefined : true}>
      <summary>Sharing {endpoint ? `(to ${new URL(endpoint).host})` : '(off)'}</summary>
      <p class="hint">
        A sighting is sent only when you press its Send button: as JSON by POST, with its id as the
        Idempotency-Key header.
      </p>
      <div class="field">
        <label for="endpoint">Endpoint address (https)</label>
        <div class="row">
          <input
            id="endpoint"
            type="url"
            size={44}
            value={text}
            placeholder="https://example.org/sightings"
            aria-invalid={message?.error ? true : undefined}
            aria-describedby="endpoint-message"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="button" onClick={save}>
            Save address
          </button>
          {endpoint && (
            <button type="button" onClick={turnOff}>
              Turn sharing off
            </button>
          )}
        </div>
        <p id="endpoint-message" class={message?.error ? 'error' : 'hint'} role="status">
          {message?.text ?? ''}
        </p>
        {access && (
          <p class="hint" role="status">
            {ACCESS_TEXT[access]}
          </p>
        )}
      </div>
    </details>
  );
}
