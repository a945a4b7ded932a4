// @vitest-environment happy-dom
/**
 * A page that registered its own element under our tag name before the extension ran: the
 * page's class never becomes the host, and the page's elements are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { createOverlayHost, HOST_TAG } from '@/src/page/host';

describe('overlay host on a page that owns <dprk-labor-lens>', () => {
  it('takes a name of its own when the page registered the tag and claimed its shadow root', () => {
    class PageElement extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).textContent = 'the page’s own';
      }
    }
    customElements.define(HOST_TAG, PageElement);
    const planted = document.createElement(HOST_TAG);
    document.body.append(planted);
    const host = createOverlayHost(document, '');
    expect(host.element).not.toBeInstanceOf(PageElement);
    expect(host.element.localName).toMatch(new RegExp(`^${HOST_TAG}-[0-9a-f]{8}$`));
    expect(host.shadow.contains(host.container)).toBe(true);
    expect(planted.isConnected).toBe(true);
    expect(planted.shadowRoot?.textContent).toBe('the page’s own');
    host.destroy();
    expect(planted.isConnected).toBe(true);
  });
});
