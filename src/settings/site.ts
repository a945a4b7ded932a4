/**
 * Which "site" a URL belongs to for the "off on this site" switch. Pure string code.
 */
import type { Settings } from './schema';

/**
 * The site key of a URL: its hostname in lower case without a leading `www.`, so that
 * `www.example.com` and `example.com` are one site; null for URLs that are not http(s).
 */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether the content script should run on `url` under `settings`. */
export function isActiveOn(settings: Settings, url: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(url);
  return key !== null && !settings.disabledSites.includes(key);
}

/** A copy of `settings` with the site of `url` turned off (`off: true`) or back on. */
export function withSiteOff(settings: Settings, url: string, off: boolean): Settings {
  const key = siteKey(url);
  if (key === null) return settings;
  const others = settings.disabledSites.filter((site) => site !== key);
  return { ...settings, disabledSites: off ? [...others, key].sort() : others };
}

/** Why typed text is not a site: nothing typed, spaces, another scheme, or no real host. */
export type SiteRefusal = 'empty' | 'spaces' | 'not-web' | 'invalid';

/**
 * A site the user typed, checked: its site key, or why it is not a site (in English words for
 * logs, and as a `reason` the settings page words in the interface language).
 */
export type SiteInput =
  | { ok: true; site: string }
  | { ok: false; error: string; reason: SiteRefusal; typed: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/**
 * Reads what the user typed as a site to turn off: a host name ("example.com", "뉴스.kr"), or a
 * whole address, whose host is taken. The host must be a real one — letters, digits and
 * hyphens in dot-separated labels of at most 63 characters, with a top-level domain, or
 * `localhost`, or an IPv4 address — so "not a site!!" is refused with a message instead of
 * being stored percent-escaped. International names are stored as the browser writes them
 * (punycode), the form a page's address has.
 */
export function parseSiteInput(input: string): SiteInput {
  const typed = input.trim();
  const refuse = (reason: SiteRefusal, why = 'is not a site'): SiteInput => ({
    ok: false,
    error: `“${typed}” ${why}: write the site's address, such as example.com or news.example.org.`,
    reason,
    typed,
  });
  if (typed === '')
    return {
      ok: false,
      error: 'Type the site to turn off, such as example.com.',
      reason: 'empty',
      typed,
    };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`;
  if (/\s/.test(typed)) return refuse('spaces', 'is not a site (it has spaces)');
  let host: string;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return refuse('not-web', 'is not a web site');
    host = url.hostname.toLowerCase();
  } catch {
    return refuse('invalid');
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  if (host === 'localhost' || IPV4.test(host)) return { ok: true, site: host };
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2 || !labels.every((l) => LABEL.test(l))) {
    return refuse('invalid');
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return refuse('invalid');
  return { ok: true, site: host };
}
