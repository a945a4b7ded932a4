/**
 * Links from the popup to the extension's other pages. On a page about DPRK labor dispatch the
 * report form opens pre-filled with that page's address and title (both already known to the
 * extension; nothing is sent anywhere), so reporting a sighting from the popup starts with the
 * source filled in.
 */
import type { PageReport } from '@/src/messaging/protocol';

/** A labelled link to an extension page. */
export interface PageLink {
  label: string;
  href: string;
}

/** The report form, pre-filled from a relevant page's report. */
export function reportFormHref(report: PageReport | null | undefined): string {
  if (!report?.relevant || !/^https?:\/\//i.test(report.url)) return '/report.html';
  const query = new URLSearchParams({ url: report.url, title: report.title });
  return `/report.html?${query}`;
}

/** The popup footer's links for the active tab. */
export function popupLinks(report: PageReport | null | undefined): PageLink[] {
  return [
    { label: 'Sighting journal', href: '/journal.html' },
    { label: 'Report a sighting', href: reportFormHref(report) },
  ];
}
