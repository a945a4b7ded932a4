/**
 * The toolbar badge: how many context cards a tab's page has, nothing on a page without cards.
 * Chrome MV3 and Firefox MV3 call the API `action`; Firefox MV2 calls it `browserAction`.
 */
import type { PageReport } from '@/src/messaging/protocol';

/** The part of `action`/`browserAction` the badge needs. */
export interface BadgeApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
  setTitle?(details: { title: string; tabId?: number }): Promise<void> | void;
}

/** The toolbar button's tooltip for a page with `count` cards (0: the extension's own title). */
export type BadgeTitle = (count: number) => Promise<string> | string;

/** The badge API of whichever manifest version is running, or undefined when it has none. */
export function findBadgeApi(api: {
  action?: unknown;
  browserAction?: unknown;
}): BadgeApi | undefined {
  return (api.action ?? api.browserAction) as BadgeApi | undefined;
}

/** Dark red with white text: readable in light and dark toolbars (contrast 7.9:1). */
export const BADGE_COLOR = '#9b1c1c';

/** The badge text for a report: the page's card count (as its control says), else empty. */
export function badgeText(report: PageReport | null): string {
  if (!report?.relevant || report.cards.length === 0) return '';
  return report.cards.length > 99 ? '99+' : String(report.cards.length);
}

/**
 * Shows `report`'s count on `tabId`'s badge (an empty text removes the badge) and, with
 * `title`, says it in the tooltip too: a badge number alone means nothing to a screen reader.
 */
export async function showBadge(
  api: BadgeApi,
  tabId: number,
  report: PageReport | null,
  title?: BadgeTitle,
): Promise<void> {
  const text = badgeText(report);
  if (text !== '') await api.setBadgeBackgroundColor({ color: BADGE_COLOR, tabId });
  await api.setBadgeText({ text, tabId });
  if (title && api.setTitle) {
    const count = text === '' ? 0 : (report?.cards.length ?? 0);
    await api.setTitle({ title: await title(count), tabId });
  }
}
