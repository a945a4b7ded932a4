// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFactBase } from '@/src/facts';
import type { PageReport } from '@/src/messaging/protocol';
import { App } from '@/src/popup/App';
import type { CopyOutcome } from '@/src/popup/copy-text';
import type { TabContext } from '@/src/popup/sections';
import { createFactSearch } from '@/src/search/search';
import { DEFAULT_SETTINGS } from '@/src/settings/schema';
import { sampleBase } from '../search/sample-base';

const base = loadFactBase(sampleBase);
const search = createFactSearch(sampleBase);
const report: PageReport = {
  url: 'https://news.example/a',
  title: 'A',
  lang: 'en',
  relevant: true,
  cards: [
    { fact: 'china-route-closed', topic: 'route-history', why: 'The page names the border route.' },
  ],
  markCount: 2,
};

let root: HTMLElement;
let copied: string[];
let copyResult: CopyOutcome;

function mount(pageReport: PageReport | null | undefined, ready = true, tab?: TabContext) {
  const copy = async (text: string) => {
    copied.push(text);
    return copyResult;
  };
  act(() => {
    render(
      <App
        base={base}
        search={ready ? search : undefined}
        report={pageReport}
        tab={tab}
        links={[{ label: 'Sighting journal', href: '/journal.html' }]}
        copy={copy}
      />,
      root,
    );
  });
}

const box = () => root.querySelector('input[role="combobox"]') as HTMLInputElement;
const summary = () => root.querySelector('.summary')?.textContent;
const options = () => [...root.querySelectorAll('[role="option"]')];
const press = (key: string, target: Element = box()) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
const type = (text: string) =>
  act(() => {
    box().value = text;
    box().dispatchEvent(new Event('input', { bubbles: true }));
  });

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  copied = [];
  copyResult = { ok: true };
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup app', () => {
  it("lists this page's facts first and every fact by topic", () => {
    mount(report);
    expect(summary()).toBe('1 context card for this page.');
    const groups = [...root.querySelectorAll('[role="group"]')].map(
      (g) => root.querySelector(`#${g.getAttribute('aria-labelledby')}`)?.textContent,
    );
    expect(groups[0]).toBe('This page');
    expect(options()[0]?.id).toBe('page-china-route-closed');
    expect(options()[0]?.querySelector('.row-why')?.textContent).toBe(
      'The page names the border route.',
    );
    expect(options()[1]?.querySelector('.row-why')).toBeNull();
    expect(options()).toHaveLength(1 + base.facts.length);
  });

  it('counts several cards in the plural', () => {
    mount({
      ...report,
      cards: [
        ...report.cards,
        { fact: 'dandong-inns-workers', topic: 'dandong-inns', why: 'The page names Dandong.' },
      ],
    });
    expect(summary()).toBe('2 context cards for this page.');
    expect(options()[1]?.id).toBe('page-dandong-inns-workers');
  });

  it("shows the page's why line in an opened card of this page", () => {
    mount(report);
    act(() => (options()[0] as HTMLElement).click());
    expect(root.querySelector('.detail .why')?.textContent).toBe(
      'The page names the border route.',
    );
  });

  const web = 'https://news.example/b';
  it.each([
    [null, undefined, 'The extension reads web pages (http and https) only.'],
    [null, { url: 'chrome://newtab/' }, 'The extension reads web pages (http and https) only.'],
    [null, { url: web }, 'This page does not name North Korea, so it gets no cards.'],
    [
      null,
      { url: web, settings: { ...DEFAULT_SETTINGS, enabled: false } },
      'DPRK Labor Lens is turned off (see its settings).',
    ],
    [
      null,
      { url: web, settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] } },
      'DPRK Labor Lens is turned off on this site (see its settings).',
    ],
    [
      { ...report, relevant: false, cards: [] },
      { url: web },
      'This page is not about North Korean workers abroad.',
    ],
    [{ ...report, cards: [] }, { url: web }, 'This page is not about North Korean workers abroad.'],
  ])('says so when the page has no cards (%#)', (pageReport, tab, text) => {
    mount(pageReport, true, tab);
    expect(summary()).toBe(text);
    expect(root.querySelector('#page-label')).toBeNull();
  });

  it('says it is checking while the report loads', () => {
    mount(undefined, true, { url: web });
    expect(summary()).toBe('Checking this page…');
  });

  it('searches as the user types and walks results with the arrows', () => {
    mount(report);
    type('하산');
    expect(options().map((o) => o.id)).toEqual(['hit-usual-route']);
    expect(summary()).toBe('1 fact found.');
    type('dandong');
    expect(options().length).toBeGreaterThan(1);
    press('ArrowDown');
    press('ArrowDown');
    const second = options()[1];
    expect(box().getAttribute('aria-activedescendant')).toBe(second?.id);
    expect(second?.getAttribute('aria-selected')).toBe('true');
    press('ArrowUp');
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[0]?.id);
  });

  it('says the search is being prepared until its index is built', () => {
    mount(report, false);
    type('dandong');
    expect(summary()).toBe('Preparing the search…');
    expect(options()).toEqual([]);
    mount(report, true);
    expect(options().length).toBeGreaterThan(0);
  });

  it('opens the first hit when Enter came before the search was ready', () => {
    mount(report, false);
    type('2397');
    press('Enter');
    expect(root.querySelector('.detail')).toBeNull();
    mount(report, true);
    expect(root.querySelector('.detail .card-title')?.textContent).toContain('Resolution 2397');
  });

  it('forgets an early Enter once the query changes', () => {
    mount(report, false);
    type('2397');
    press('Enter');
    type('2397 sanctions');
    mount(report, true);
    expect(root.querySelector('.detail')).toBeNull();
  });

  it('opens a fact with Enter, goes back with Esc, and clears the search with Esc', () => {
    mount(report);
    type('2397');
    press('Enter');
    const detail = root.querySelector('.detail') as HTMLElement;
    expect(detail.querySelector('.card-title')?.textContent).toContain('Resolution 2397');
    expect(root.querySelector('.top')?.hasAttribute('hidden')).toBe(true);
    press('Escape', detail);
    expect(root.querySelector('.detail')).toBeNull();
    expect(box().value).toBe('2397');
    press('Escape');
    expect(box().value).toBe('');
    expect(options()[0]?.id).toBe('page-china-route-closed');
  });

  it('copies the main source citation and confirms it', async () => {
    mount(report);
    act(() => (options()[0] as HTMLElement).click());
    const button = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Copy citation',
    );
    await act(async () => button?.click());
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^Daily NK\. "Hundreds of North Korean workers/);
    expect(root.querySelector('.copy-status')?.textContent).toBe(
      'Citation copied to the clipboard.',
    );
  });

  it('shows the citation for copying by hand when the clipboard refuses', async () => {
    copyResult = { ok: false, reason: 'Document is not focused' };
    mount(report);
    act(() => (options()[0] as HTMLElement).click());
    const button = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Copy citation',
    );
    await act(async () => button?.click());
    expect(root.querySelector('.copy-status')?.textContent).toContain('Could not copy');
    expect(root.querySelector('textarea')?.value).toBe(copied[0]);
  });
});
