// @vitest-environment happy-dom
/**
 * A page Chrome prerenders runs content scripts before the user navigates to it, in a frame the
 * background does not take messages from (its frame id is not the tab's top frame's until it is
 * shown). The content script waits for `prerenderingchange` before it starts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContentScript } from '@/entrypoints/content/lifecycle';

const RUNNING = Symbol.for('dprk-labor-lens.content');
const running = () => (globalThis as { [RUNNING]?: boolean })[RUNNING] === true;

/** The parts of WXT's context the lifecycle uses, without the extension around it. */
function fakeContext(): ContentScriptContext {
  const controller = new AbortController();
  return {
    isInvalid: false,
    addEventListener: (
      target: EventTarget,
      type: string,
      handler: EventListener,
      options?: AddEventListenerOptions,
    ) => target.addEventListener(type, handler, { ...options, signal: controller.signal }),
    onInvalidated: (cb: () => void) => {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    abort: () => controller.abort(),
    requestAnimationFrame: (cb: FrameRequestCallback) => requestAnimationFrame(cb),
  } as unknown as ContentScriptContext;
}

let ctx: ContentScriptContext | null = null;
afterEach(() => {
  (ctx as unknown as { abort(): void } | null)?.abort();
  ctx = null;
  delete (document as { prerendering?: boolean }).prerendering;
});

describe('content script start-up', () => {
  it('waits while the page is prerendered and starts once it is shown', () => {
    Object.defineProperty(document, 'prerendering', { value: true, configurable: true });
    ctx = fakeContext();
    startContentScript(ctx);
    expect(running()).toBe(false);
    Object.defineProperty(document, 'prerendering', { value: false, configurable: true });
    document.dispatchEvent(new Event('prerenderingchange'));
    expect(running()).toBe(true);
  });

  it('starts at once on a page that is shown', () => {
    ctx = fakeContext();
    startContentScript(ctx);
    expect(running()).toBe(true);
  });
});
