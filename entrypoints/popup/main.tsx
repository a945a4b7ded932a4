/**
 * Popup entry: renders the fact list at once, asks the background for the active tab's report,
 * and builds the search index right after the first paint so typing never waits for it.
 * `?tab=<id>` names the tab explicitly (the browser tests open the popup as a page).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { factBase } from '@/src/facts';
import type { PageReport } from '@/src/messaging/protocol';
import { pageToBackground } from '@/src/messaging/protocol';
import { App } from '@/src/popup/App';
import '@/src/popup/popup.css';
import { buildSearchIndex, createFactSearch, type FactSearch } from '@/src/search/search';

// Imports (fact base validation included) have run by now; the benchmark reads these marks.
performance.mark('popup-modules-ready');

let search: FactSearch | undefined;
const getSearch = (): FactSearch => {
  search ??= createFactSearch(buildSearchIndex(factBase));
  return search;
};

const links = [
  { label: 'Sighting journal', href: '/journal.html' },
  { label: 'Report a sighting', href: '/report.html' },
];

async function activeTabReport(): Promise<PageReport | null> {
  const named = new URLSearchParams(location.search).get('tab');
  const tabId = named
    ? Number(named)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || !Number.isInteger(tabId)) return null;
  return pageToBackground.sendMessage('getTabState', tabId);
}

const root = document.getElementById('app') as HTMLElement;
const draw = (report: PageReport | null | undefined) =>
  render(<App base={factBase} search={getSearch} report={report} links={links} />, root);

draw(undefined);
requestAnimationFrame(() => {
  performance.mark('popup-first-render');
  setTimeout(() => {
    getSearch();
    performance.mark('popup-search-ready');
  }, 0);
});
activeTabReport().then(draw, (error: unknown) => {
  console.error('DPRK Labor Lens: could not read the tab state', error);
  draw(null);
});
