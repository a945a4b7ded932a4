// @vitest-environment happy-dom
/** Page-made copies of WXT's internal events do not reach WXT's listeners or the lifecycle. */
import { describe, expect, it } from 'vitest';
import { blockForgedStartEvents, isOwnLocationChange } from '@/src/page/forged-events';

const TYPE = 'extension-id:content:wxt:content-script-started';

describe('forged lifecycle events', () => {
  it("stops a 'content script started' event while this instance's context lives", () => {
    let alive = true;
    const heard: string[] = [];
    const listener = (e: Event) => heard.push((e as CustomEvent).detail.messageId);
    document.addEventListener(TYPE, listener);
    const unblock = blockForgedStartEvents(window, TYPE, () => alive);
    const started = (id: string) =>
      document.dispatchEvent(
        new CustomEvent(TYPE, { detail: { contentScriptName: 'content', messageId: id } }),
      );
    started('forged');
    expect(heard).toEqual([]);
    // The extension was updated: this instance's context is gone, the new one's event passes.
    alive = false;
    started('new instance');
    expect(heard).toEqual(['new instance']);
    unblock();
    alive = true;
    started('after');
    expect(heard).toEqual(['new instance', 'after']);
    document.removeEventListener(TYPE, listener);
  });

  it("tells WXT's location change (carrying its URL) from a page's event of the same name", () => {
    expect(isOwnLocationChange(new Event('x:content:wxt:locationchange'))).toBe(false);
    const own = Object.assign(new Event('x:content:wxt:locationchange'), {
      newUrl: new URL('https://news.example/b'),
      oldUrl: new URL('https://news.example/a'),
    });
    expect(isOwnLocationChange(own)).toBe(true);
    const imitation = Object.assign(new Event('x'), { newUrl: 'https://news.example/b' });
    expect(isOwnLocationChange(imitation)).toBe(false);
  });
});
