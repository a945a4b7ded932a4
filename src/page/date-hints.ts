/**
 * Collects what a page says about its publication date (see `src/dates/page-date.ts`, which
 * parses it): a handful of meta tags, the first `<time datetime>` values and the JSON-LD
 * blocks. A few selector queries, run only on pages found relevant, and bounded in size since
 * the strings are sent to the background.
 */
import type { PageDateHints } from '@/src/dates/page-date';

/** Meta tags that carry a publication time, by `property`, `name` or `itemprop`. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'article.published',
  'nv:date',
];

/**
 * One selector for every date meta tag. Exported for the background's capture of a selection,
 * which runs as an injected function and is handed this as an argument.
 */
export const DATE_META_SELECTOR = DATE_META.flatMap((key) => [
  `meta[property="${key}" i]`,
  `meta[name="${key}" i]`,
  `meta[itemprop="${key}" i]`,
]).join(',');

/** Longest string kept from one hint. */
const MAX_HINT_CHARS = 200;
/** Most JSON-LD text sent, in all. */
const MAX_JSON_LD_CHARS = 50_000;

/**
 * The date hints of `doc`. The page's address and its text (for a dateline or its newest year)
 * are left out: the background has both already, from the message's sender and the request.
 */
export function collectDateHints(doc: Document): Omit<PageDateHints, 'text' | 'url'> {
  // By tag name first, then the selector on those few elements: one selector of 45 attribute
  // alternatives run over a 200,000-node page costs tens of milliseconds in one task.
  const meta = [...doc.getElementsByTagName('meta')]
    .filter((m) => m.matches(DATE_META_SELECTOR))
    .map((m) => (m.getAttribute('content') ?? '').slice(0, MAX_HINT_CHARS))
    .filter((v) => v !== '');
  const times: string[] = [];
  for (const time of doc.getElementsByTagName('time')) {
    if (times.length === 3) break;
    const value = time.getAttribute('datetime');
    if (value !== null) times.push(value.slice(0, MAX_HINT_CHARS));
  }
  const jsonLd: string[] = [];
  let budget = MAX_JSON_LD_CHARS;
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const body = script.textContent ?? '';
    if (body.length > budget) break;
    jsonLd.push(body);
    budget -= body.length;
  }
  return { meta, times, jsonLd };
}
