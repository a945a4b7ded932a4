/**
 * Links from the popup to the extension's other pages. "Report a sighting" is also an action:
 * once the popup's script runs, a click asks the background to read the current tab (its
 * address, title, page date and any selected text, with the `activeTab` grant the open popup
 * gives) and opens the form filled from it. Its address is the fallback for a click before the
 * script has taken over: the form pre-filled with a relevant page's address and title (already
 * known to the extension; nothing is sent anywhere).
 */
import { type Translate, translator } from '@/src/i18n/translate';
import type { PageReport } from '@/src/messaging/protocol';

/** A labelled link to an extension page. */
export interface PageLink {
  label: string;
  href: string;
  /** Handled by the popup's script instead of following `href`. */
  action?: 'report-from-tab';
}

/** The report form, pre-filled from a relevant page's report. */
export function reportFormHref(report: PageReport | null | undefined): string {
  if (!report?.relevant || !/^https?:\/\//i.test(report.url)) return '/report.html';
  const query = new URLSearchParams({ url: report.url, title: report.title });
  return `/report.html?${query}`;
}

/** The popup footer's links for the active tab, labelled in the interface language. */
export function popupLinks(
  report: PageReport | null | undefined,
  t: Translate = translator('en'),
): PageLink[] {
  return [
    { label: t('popup.journal'), href: '/journal.html' },
    { label: t('popup.report'), href: reportFormHref(report), action: 'report-from-tab' },
  ];
}
