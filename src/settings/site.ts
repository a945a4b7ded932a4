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
