/**
 * Where the report form's page and quote come from: a request stashed by the background
 * (`report.html?request=ID`, from a card, the context menu or the popup with a selection) or a
 * deep link any tool can open, `report.html?url=…&title=…&quote=…` (optional `prefix`,
 * `suffix`, `lang`, `pageDate`, `factIds` as a comma list). A deep link has no page text, so it
 * is `quoteOnly`: the hash is taken over the quote alone, there are no offsets, and the form
 * says so. Without a quote (the popup on a page with nothing selected) the form lets the user
 * paste it, with the address, title and page date already filled.
 *
 * The page date of a link is its `pageDate` parameter, else a date in the page's address
 * (`/2017/03/21/`), read by `src/dates/page-date.ts`; `pageDateFrom` may say where the sender
 * found it.
 */
import { sha256Hex } from '@/src/background/capture-selection';
import { pageDate as readPageDate } from '@/src/dates/page-date';
import type { ReportRequest } from '@/src/messaging/protocol';
import { PAGE_DATE_SOURCES, type PageDateFrom } from '@/src/sightings/model';

/** What the typed-quote step starts from. */
export interface ManualStart {
  url: string;
  title: string;
  pageDate?: string;
  pageDateFrom?: PageDateFrom;
}

/** How the form was opened. */
export type ReportSource =
  | { kind: 'request'; id: string }
  | { kind: 'link'; request: ReportRequest }
  | { kind: 'manual'; start: ManualStart };

/** The page date a link states, or one its address carries. */
function linkPageDate(
  params: URLSearchParams,
  url: string,
  today: string,
): { pageDate?: string; pageDateFrom?: PageDateFrom } {
  const stated = params.get('pageDate')?.trim();
  const from = params.get('pageDateFrom') ?? '';
  if (stated) {
    return {
      pageDate: stated,
      ...((PAGE_DATE_SOURCES as readonly string[]).includes(from)
        ? { pageDateFrom: from as PageDateFrom }
        : {}),
    };
  }
  const found = /^https?:\/\//i.test(url) ? readPageDate({ url }, today) : null;
  return found ? { pageDate: found.date, pageDateFrom: found.source } : {};
}

/** Reads the form's query string; `today` (YYYY-MM-DD) bounds a date read from the address. */
export function parseReportQuery(
  search: string,
  today = new Date().toISOString().slice(0, 10),
): ReportSource {
  const params = new URLSearchParams(search);
  const id = params.get('request');
  if (id) return { kind: 'request', id };
  const url = params.get('url')?.trim() ?? '';
  const title = params.get('title')?.trim() ?? '';
  const exact = params.get('quote')?.trim() ?? '';
  const dated = linkPageDate(params, url, today);
  if (!exact || !/^https?:\/\//i.test(url)) {
    return { kind: 'manual', start: { url, title, ...dated } };
  }
  const factIds = (params.get('factIds') ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f));
  return {
    kind: 'link',
    request: {
      url,
      title,
      lang: params.get('lang') ?? 'und',
      quote: { exact, prefix: params.get('prefix') ?? '', suffix: params.get('suffix') ?? '' },
      textSha256: '',
      factIds,
      ...dated,
      quoteOnly: true,
    },
  };
}

/** A request for a quote the user typed or linked: the hash covers the quote, no offsets. */
export async function quoteOnlyRequest(
  base: Omit<ReportRequest, 'quote' | 'textSha256' | 'quoteOnly'>,
  quote: { exact: string; prefix: string; suffix: string },
): Promise<ReportRequest> {
  const exact = quote.exact.trim();
  return {
    ...base,
    quote: { exact, prefix: quote.prefix, suffix: quote.suffix },
    textSha256: await sha256Hex(exact),
    quoteOnly: true,
  };
}
