// @vitest-environment happy-dom
import { render } from 'preact';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { factBase } from '@/src/facts';
import { App } from '@/src/popup/App';
import { popupLinks } from '@/src/popup/links';
import { popupShellMarkup } from '@/src/popup/shell';
import { popupShell } from '@/src/popup/shell-plugin';
import { TOPIC_LABELS } from '@/src/vocabulary';

const markup = popupShellMarkup();

function parse(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('prerendered popup shell', () => {
  it('lists every fact by topic, with the search box focused and the page still being checked', () => {
    const shell = parse(markup);
    const titles = [...shell.querySelectorAll('.row-title')].map((t) => t.textContent);
    expect([...titles].sort()).toEqual(factBase.facts.map((f) => f.title).sort());
    const groups = [...shell.querySelectorAll('.group-label')].map((g) => g.textContent);
    const topics = new Set(factBase.facts.map((f) => TOPIC_LABELS[f.topic]));
    expect(new Set(groups)).toEqual(topics);
    expect(shell.querySelector('input.search')?.hasAttribute('autofocus')).toBe(true);
    expect(shell.querySelector('.summary')?.textContent).toBe('Checking this page…');
  });

  it('is the markup the app renders before the tab state and the search arrive', () => {
    const root = document.createElement('div');
    render(
      <App base={factBase} search={undefined} report={undefined} links={popupLinks(undefined)} />,
      root,
    );
    expect(parse(markup).innerHTML).toBe(root.innerHTML);
    render(null, root);
  });
});

describe('popup shell build step', () => {
  const page = `<head><script type="module" crossorigin src="/chunks/_virtual_wxt-html-plugins-X.js"></script>
<link rel="stylesheet" href="/assets/popup.css"></head><body><div id="app"></div></body>`;
  const bundle = {
    'assets/popup.css': { type: 'asset', fileName: 'assets/popup.css', source: '.row{color:red}' },
  } as unknown as IndexHtmlTransformContext['bundle'];
  const run = (plugin: ReturnType<typeof popupShell>, filename: string) => {
    const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
    return hook.handler.call(undefined as never, page, {
      filename,
      path: '/',
      bundle,
    } as IndexHtmlTransformContext);
  };

  it('writes the markup into the popup page, inlines its style and drops the plugin script', () => {
    const html = run(
      popupShell(() => ({ en: '<p>$& shell</p>' })),
      '/x/entrypoints/popup/index.html',
    );
    expect(html).toContain('<div id="app"><p>$& shell</p></div>');
    expect(html).toContain('<style>.row{color:red}</style>');
    expect(html).not.toContain('<link');
    expect(html).not.toContain('wxt-html-plugins');
  });

  it('leaves other pages alone', () => {
    const html = run(
      popupShell(() => ({ en: '<p>shell</p>' })),
      '/x/entrypoints/journal/index.html',
    );
    expect(html).toBe(page);
  });

  it('ships the page without the markup when rendering fails', () => {
    const failing = popupShell(() => {
      throw new Error('bad data');
    });
    const html = run(failing, '/x/entrypoints/popup/index.html');
    expect(html).toContain('<div id="app"></div>');
  });
});
