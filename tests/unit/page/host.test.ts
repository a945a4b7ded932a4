// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIVE_HIGHLIGHT, createHighlighter, TERM_HIGHLIGHT } from '@/src/page/highlighter';
import { createOverlayHost, HOST_TAG } from '@/src/page/host';
import { guardHost, MAX_REPAIRS_PER_SECOND, repairHost } from '@/src/page/host-guard';

/** An event as a page script makes it: `isTrusted` is false (happy-dom leaves it unset). */
function forged<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: false });
  return event;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

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
      fromHost = host.contains(e);
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

describe('overlay host against page scripts', () => {
  it("lets only the user's own events reach the overlay's handlers", () => {
    const host = createOverlayHost(document, '');
    const button = document.createElement('button');
    host.container.append(button);
    const clicks: string[] = [];
    button.addEventListener('click', () => clicks.push('click'));
    button.addEventListener('keydown', () => clicks.push('key'));
    button.dispatchEvent(forged(new MouseEvent('click', { bubbles: true, composed: true })));
    button.dispatchEvent(forged(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    const fake = forged(new MouseEvent('click', { bubbles: true, cancelable: true }));
    button.dispatchEvent(fake);
    expect(clicks).toEqual([]);
    expect(fake.defaultPrevented).toBe(true);
    button.click();
    expect(clicks).toEqual(['click']);
    host.destroy();
  });

  it('takes back attributes the page set and reopens a popover it closed', () => {
    const host = createOverlayHost(document, '');
    const el = host.element;
    el.setAttribute('style', 'display:none !important');
    el.setAttribute('hidden', '');
    el.setAttribute('inert', '');
    el.className = 'page-class';
    el.setAttribute('popover', 'auto');
    expect(repairHost(el)).toBe(true);
    expect(el.getAttributeNames()).toEqual(['popover']);
    expect(el.getAttribute('popover')).toBe('manual');
    expect(repairHost(el)).toBe(false);
    host.destroy();
  });

  it('repairs on its own as the page changes the host, and pauses when the page fights back', async () => {
    const el = document.createElement('div');
    el.setAttribute('popover', 'manual');
    document.body.append(el);
    let t = 0;
    const stop = guardHost(el, () => t);
    el.setAttribute('inert', '');
    await tick();
    expect(el.hasAttribute('inert')).toBe(false);
    // A page undoing every repair: without the limit the two observers would never settle.
    let undone = 0;
    const page = new MutationObserver(() => {
      if (!el.hasAttribute('inert') && undone < 1000) {
        undone++;
        el.setAttribute('inert', '');
      }
    });
    page.observe(el, { attributes: true });
    el.setAttribute('inert', '');
    for (let i = 0; i < 50; i++) await tick();
    expect(undone).toBeGreaterThanOrEqual(MAX_REPAIRS_PER_SECOND - 1);
    expect(undone).toBeLessThanOrEqual(MAX_REPAIRS_PER_SECOND + 1);
    page.disconnect();
    t = 1000;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(el.hasAttribute('inert')).toBe(false);
    stop();
    el.remove();
  });

  it('puts a moved host back on <html>', () => {
    const host = createOverlayHost(document, '');
    document.body.append(host.element);
    host.ensureAttached();
    expect(host.element.parentNode).toBe(document.documentElement);
    host.destroy();
  });
});

describe('highlighter', () => {
  it('is absent where the Custom Highlight API is missing, so callers fall back to the list', () => {
    const fakeDoc = { defaultView: { CSS: {} } } as unknown as Document;
    expect(createHighlighter(fakeDoc)).toBeNull();
  });

  /** A highlight as the registry keeps it: the ranges it was made with. */
  class FakeHighlight {
    readonly ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }

  /** A document with the Custom Highlight API and adoptable sheets, and its registry. */
  function highlightDoc() {
    const registry = new Map<string, FakeHighlight>();
    const fakeDoc = {
      adoptedStyleSheets: [] as CSSStyleSheet[],
      defaultView: {
        Highlight: FakeHighlight,
        CSS: { highlights: registry },
        CSSStyleSheet: document.defaultView?.CSSStyleSheet,
      },
    };
    return { registry, fakeDoc, highlighter: createHighlighter(fakeDoc as unknown as Document) };
  }

  it('registers term and active highlights and adopts its styles only once painted', () => {
    const { registry, fakeDoc, highlighter } = highlightDoc();
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

  it('on a huge page registers the terms but adopts the styles only when a term is opened', () => {
    const { registry, fakeDoc, highlighter } = highlightDoc();
    const range = document.createRange();
    expect(highlighter?.coloured).toBe(true);
    highlighter?.paint([range], false);
    expect(registry.has(TERM_HIGHLIGHT)).toBe(true);
    expect(fakeDoc.adoptedStyleSheets).toHaveLength(0);
    expect(highlighter?.coloured).toBe(false);
    highlighter?.setActive(null);
    expect(fakeDoc.adoptedStyleSheets).toHaveLength(0);
    highlighter?.setActive(range);
    expect(fakeDoc.adoptedStyleSheets).toHaveLength(1);
    expect(highlighter?.coloured).toBe(true);
    highlighter?.paint([range], false);
    expect(fakeDoc.adoptedStyleSheets).toHaveLength(1);
  });
});
