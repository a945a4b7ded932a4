/**
 * Popup entry: renders the fact list at once, asks the background for the active tab's report,
 * and loads the search (fuse.js and the index) right after the first paint, off the path to
 * the first render.
 * `?tab=<id>` names the tab explicitly (the browser tests open the popup as a page).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { factBase } from '@/src/facts';
import type { PageReport } from '@/src/messaging/protocol';
import { pageToBackground } from '@/src/messaging/protocol';
import { App } from '@/src/popup/App';
import { popupLinks } from '@/src/popup/links';
import '@/src/popup/popup.css';
import type { FactSearch } from '@/src/search/search';

// Imports (fact base validation included) have run by now; the benchmark reads these marks.
performance.mark('popup-modules-ready');

let search: FactSearch | undefined;
let report: PageReport | null | undefined;

/** Loads fuse.js and builds the index after the first frame: the list needs neither. */
async function prepareSearch(): Promise<void> {
  const { buildSearchIndex, createFactSearch } = await import('@/src/search/search');
  search = createFactSearch(buildSearchIndex(factBase));
  performance.mark('popup-search-ready');
  draw();
}

async function activeTabReport(): Promise<PageReport | null> {
  const named = new URLSearchParams(location.search).get('tab');
  const tabId = named
    ? Number(named)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || !Number.isInteger(tabId)) return null;
  return pageToBackground.sendMessage('getTabState', tabId);
}

const root = document.getElementById('app') as HTMLElement;
const draw = () =>
  render(<App base={factBase} search={search} report={report} links={popupLinks(report)} />, root);

draw();
requestAnimationFrame(() => {
  performance.mark('popup-first-render');
  setTimeout(() => void prepareSearch(), 0);
});
activeTabReport().then(
  (found) => {
    report = found;
    draw();
  },
  (error: unknown) => {
    console.error('DPRK Labor Lens: could not read the tab state', error);
    report = null;
    draw();
  },
);
