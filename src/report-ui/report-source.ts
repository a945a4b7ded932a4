/**
 * Where the report form's page and quote come from: a request stashed by the background
 * (`report.html?request=ID`, from a card or the context menu) or a deep link any tool can open,
 * `report.html?url=…&title=…&quote=…` (optional `prefix`, `suffix`, `lang`, `pageDate`,
 * `factIds` as a comma list). A deep link has no page text, so it is `quoteOnly`: the hash is
 * taken over the quote alone and the form says so. Without a URL and quote (the popup's plain
 * link) the form lets the user type them.
 */
import { sha256Hex } from '@/src/background/capture-selection';
import type { ReportRequest } from '@/src/messaging/protocol';

/** How the form was opened. */
export type ReportSource =
  | { kind: 'request'; id: string }
  | { kind: 'link'; request: ReportRequest }
  | { kind: 'manual'; url: string; title: string };

/** Reads the form's query string. */
export function parseReportQuery(search: string): ReportSource {
  const params = new URLSearchParams(search);
  const id = params.get('request');
  if (id) return { kind: 'request', id };
  const url = params.get('url')?.trim() ?? '';
  const title = params.get('title')?.trim() ?? '';
  const exact = params.get('quote')?.trim() ?? '';
  if (!exact || !/^https?:\/\//i.test(url)) return { kind: 'manual', url, title };
  const factIds = (params.get('factIds') ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f));
  const pageDate = params.get('pageDate') ?? undefined;
  return {
    kind: 'link',
    request: {
      url,
      title,
      lang: params.get('lang') ?? 'und',
      quote: {
        exact,
        prefix: params.get('prefix') ?? '',
        suffix: params.get('suffix') ?? '',
        start: 0,
        end: exact.length,
      },
      textSha256: '',
      factIds,
      ...(pageDate ? { pageDate } : {}),
      quoteOnly: true,
    },
  };
}

/** A request for a quote the user typed or linked: offsets and hash cover the quote alone. */
export async function quoteOnlyRequest(
  base: Omit<ReportRequest, 'quote' | 'textSha256' | 'quoteOnly'>,
  quote: { exact: string; prefix: string; suffix: string },
): Promise<ReportRequest> {
  const exact = quote.exact.trim();
  return {
    ...base,
    quote: { ...quote, exact, start: 0, end: exact.length },
    textSha256: await sha256Hex(exact),
    quoteOnly: true,
  };
}
