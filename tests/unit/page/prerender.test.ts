// @vitest-environment happy-dom
/**
 * A page Chrome prerenders runs content scripts before the user navigates to it, in a frame the
 * background does not take messages from (its frame id is not the tab's top frame's until it is
 * shown). The gate loads the lens only once the page is shown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { whenShown } from '@/src/page/prerender';

afterEach(() => {
  delete (document as { prerendering?: boolean }).prerendering;
});

describe('start-up of a prerendered page', () => {
  it('waits while the page is prerendered and starts once, when it is shown', () => {
    Object.defineProperty(document, 'prerendering', { value: true, configurable: true });
    let started = 0;
    whenShown(document, () => started++);
    expect(started).toBe(0);
    Object.defineProperty(document, 'prerendering', { value: false, configurable: true });
    document.dispatchEvent(new Event('prerenderingchange'));
    document.dispatchEvent(new Event('prerenderingchange'));
    expect(started).toBe(1);
  });

  it('starts at once on a page that is shown', () => {
    let started = 0;
    whenShown(document, () => started++);
    expect(started).toBe(1);
  });
});
