// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIVE_HIGHLIGHT, createHighlighter, TERM_HIGHLIGHT } from '@/src/page/highlighter';
import { createOverlayHost, HOST_TAG, isFromHost } from '@/src/page/host';

afterEach(() => {
  for (const el of document.querySelectorAll(HOST_TAG)) el.remove();
});

describe('overlay host', () => {
  it('adds exactly one element, a top-layer popover with an open shadow root', () => {
    const before = document.documentElement.children.length;
    const host = createOverlayHost(document, ':host{color:red}');
    expect(document.documentElement.children.length).toBe(before + 1);
    expect(host.element.getAttribute('popover')).toBe('manual');
    expect(host.element.shadowRoot).toBe(host.shadow);
    expect(host.shadow.contains(host.container)).toBe(true);
    host.destroy();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('keeps keystrokes typed inside the overlay away from the page', () => {
    const host = createOverlayHost(document, '');
    const input = document.createElement('input');
    host.container.append(input);
    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push(e.key));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    expect(seen).toEqual(['k']);
    host.destroy();
  });

  it('tells events from inside the host apart and puts a removed host back', () => {
    const host = createOverlayHost(document, '');
    const button = document.createElement('button');
    host.container.append(button);
    let fromHost: boolean | null = null;
    const listener = (e: Event) => {
      fromHost = isFromHost(e);
    };
    document.addEventListener('click', listener);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(fromHost).toBe(true);
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(fromHost).toBe(false);
    document.removeEventListener('click', listener);
    host.element.remove();
    host.ensureAttached();
    expect(host.element.isConnected).toBe(true);
    host.destroy();
  });
});

describe('highlighter', () => {
  it('is absent where the Custom Highlight API is missing, so callers fall back to the list', () => {
    const fakeDoc = { defaultView: { CSS: {} } } as unknown as Document;
    expect(createHighlighter(fakeDoc)).toBeNull();
  });

  it('registers term and active highlights and adopts its styles only once painted', () => {
    class FakeHighlight {
      readonly ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    const registry = new Map<string, FakeHighlight>();
    const fakeDoc = {
      adoptedStyleSheets: [] as CSSStyleSheet[],
      defaultView: {
        Highlight: FakeHighlight,
        CSS: { highlights: registry },
        CSSStyleSheet: document.defaultView?.CSSStyleSheet,
      },
    };
    const highlighter = createHighlighter(fakeDoc as unknown as Document);
    expect(highlighter).not.toBeNull();
    const range = document.createRange();
    highlighter?.paint([]);
    expect(fakeDoc.adoptedStyleSheets).toHaveLength(0);
    highlighter?.paint([range, range]);
    expect(registry.get(TERM_HIGHLIGHT)?.ranges).toHaveLength(2);
    expect(fakeDoc.adoptedStyleSheets).toHaveLength(1);
    highlighter?.setActive(range);
    expect(registry.has(ACTIVE_HIGHLIGHT)).toBe(true);
    highlighter?.dispose();
    expect(registry.size).toBe(0);
    expect(fakeDoc.adoptedStyleSheets).toHaveLength(0);
  });
});
