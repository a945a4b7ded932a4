import { describe, expect, it } from 'vitest';
import { contentToBackground, pageToBackground } from '@/src/messaging/protocol';

describe('message protocol', () => {
  it('exposes one messenger per direction', () => {
    expect(typeof contentToBackground.sendMessage).toBe('function');
    expect(typeof pageToBackground.onMessage).toBe('function');
    expect(contentToBackground).not.toBe(pageToBackground);
  });
});
