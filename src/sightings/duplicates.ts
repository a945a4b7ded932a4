/**
 * Duplicate warnings: two sightings of the same words on the same page are probably one
 * report made twice. The key ignores what does not change the page (URL fragment, tracking
 * parameters, `www.`, a trailing slash) and what does not change the words (runs of spaces,
 * letter case), so a second report from a shared link is still caught.
 */
import type { Sighting } from './model';

const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|yclid|mc_[a-z]+|ref|ref_src)$/i;

/** The URL as a page identity: no fragment, no tracking parameters, no `www.`, no final `/`. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()])
      if (TRACKING.test(key)) u.searchParams.delete(key);
    u.hostname = u.hostname.replace(/^www\./, '');
    const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
    return `${u.protocol}//${u.host}${path}${u.search}`;
  } catch {
    return url.trim();
  }
}

/** The quote's words with spacing and case flattened. */
export function normalizedQuote(exact: string): string {
  return exact.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The duplicate key of a sighting: same page and same words give the same key. */
export function duplicateKey(s: Pick<Sighting, 'page' | 'quote'>): string {
  return `${canonicalUrl(s.page.url)}\n${normalizedQuote(s.quote.exact)}`;
}

/** Journal records that duplicate `candidate` (the record itself, by id, excluded). */
export function findDuplicates(
  journal: readonly Sighting[],
  candidate: Pick<Sighting, 'page' | 'quote'> & { id?: string },
): Sighting[] {
  const key = duplicateKey(candidate);
  return journal.filter((s) => s.id !== candidate.id && duplicateKey(s) === key);
}

/** Groups of two or more records sharing a key, for the journal's duplicate badge. */
export function duplicateGroups(journal: readonly Sighting[]): Sighting[][] {
  const groups = new Map<string, Sighting[]>();
  for (const s of journal) {
    const key = duplicateKey(s);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
