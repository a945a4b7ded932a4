// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFactBase } from '@/src/facts';
import type { PageReport } from '@/src/messaging/protocol';
import { App } from '@/src/popup/App';
import type { CopyOutcome } from '@/src/popup/copy-text';
import { createFactSearch } from '@/src/search/search';
import { sampleBase } from '../search/sample-base';

const base = loadFactBase(sampleBase);
const search = createFactSearch(sampleBase);
const report: PageReport = {
  url: 'https://news.example/a',
  title: 'A',
  lang: 'en',
  relevant: true,
  factIds: ['china-route-closed'],
  topics: ['route-history'],
  matchCount: 2,
};

let root: HTMLElement;
let copied: string[];
let copyResult: CopyOutcome;

function mount(pageReport: PageReport | null | undefined, ready = true) {
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
    expect(summary()).toBe('1 fact matched on this page.');
    const groups = [...root.querySelectorAll('[role="group"]')].map(
      (g) => root.querySelector(`#${g.getAttribute('aria-labelledby')}`)?.textContent,
    );
    expect(groups[0]).toBe('This page');
    expect(options()[0]?.id).toBe('page-china-route-closed');
    expect(options()).toHaveLength(1 + base.facts.length);
  });

  it.each([
    [null, 'This page was not checked'],
    [{ ...report, relevant: false, factIds: [] }, 'This page is not about DPRK labor dispatch.'],
    [{ ...report, factIds: [] }, 'No facts matched on this page.'],
  ])('says so when the page has no facts (%#)', (pageReport, text) => {
    mount(pageReport);
    expect(summary()).toContain(text);
    expect(root.querySelector('#page-label')).toBeNull();
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
    expect(root.querySelector('.detail h4')?.textContent).toContain('Resolution 2397');
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
    expect(detail.querySelector('h4')?.textContent).toContain('Resolution 2397');
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
