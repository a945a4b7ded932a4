/**
 * Checks the sharing endpoint a user types. Sightings are evidence about people, so they go
 * only over HTTPS; plain HTTP is accepted for loopback addresses alone (a server on the user's
 * own machine, which browsers also treat as a secure context). The result carries the host
 * permission pattern to request, so the settings page can ask for exactly that origin in the
 * same click, before any await (Firefox needs `permissions.request` inside the user action).
 */

/** A usable endpoint and the optional host permission that covers it. */
export type EndpointCheck =
  | { ok: true; url: string; originPattern: string }
  | { ok: false; error: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Validates an endpoint URL typed by the user. */
export function checkEndpoint(text: string): EndpointCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, error: 'Enter a full address, such as https://example.org/sightings.' };
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return {
      ok: false,
      error: 'The address must start with https:// (http:// only for this computer).',
    };
  }
  if (url.username || url.password) {
    return { ok: false, error: 'Leave user names and passwords out of the address.' };
  }
  if (url.hash) return { ok: false, error: 'The address must not contain a # fragment.' };
  return { ok: true, url: url.href, originPattern: `${url.protocol}//${url.hostname}/*` };
}
