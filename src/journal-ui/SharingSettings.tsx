/**
 * Where "Send" delivers sightings. Sharing is off until the user sets an address here. The
 * host permission for exactly that origin is requested in the same click, before any await,
 * because Firefox grants `permissions.request` only inside the user's action.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageToBackground } from '@/src/messaging/protocol';
import { checkShareEndpoint } from '@/src/sightings/share';

interface Props {
  endpoint: string | null;
  onChanged(endpoint: string | null): void;
}

/** The endpoint input with Save and Turn off. */
export function SharingSettings({ endpoint, onChanged }: Props) {
  const [text, setText] = useState(endpoint ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  function save() {
    const checked = checkShareEndpoint(text);
    if (!checked.ok) return setMessage({ error: true, text: checked.message });
    browser.permissions
      .request({ origins: [checked.originPattern] })
      .then(async (granted) => {
        if (!granted) {
          return setMessage({
            error: true,
            text: `Sharing needs access to ${checked.originPattern}; it was not granted.`,
          });
        }
        const result = await pageToBackground.sendMessage('setSharingEndpoint', checked.url);
        if (!result.ok) return setMessage({ error: true, text: result.error });
        setMessage({ error: false, text: `Sightings you send go to ${result.value}.` });
        onChanged(result.value);
      })
      .catch((error: unknown) => setMessage({ error: true, text: String(error) }));
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
      </div>
    </details>
  );
}
