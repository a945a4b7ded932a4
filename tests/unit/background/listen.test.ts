/**
 * Guarded message handlers: a refused sender never reaches the handler, which gets the payload
 * unchecked (as `unknown`); and no background code registers a handler around the guard.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { guardedOnMessage } from '@/src/background/listen';
import { RefusedSenderError } from '@/src/messaging/senders';

const SELF = { id: 'ext', origin: 'chrome-extension://ext' };
type Listener = (message: { data: unknown; sender: unknown }) => unknown;

function fakeMessenger() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    onMessage: (type: string, listener: Listener) => {
      listeners.set(type, listener);
      return () => listeners.delete(type);
    },
  };
}

describe('guarded handlers', () => {
  it('runs the handler for an admitted sender, with the payload and sender', async () => {
    const messenger = fakeMessenger();
    const handler = vi.fn(() => 'ok');
    const on = guardedOnMessage<{ save(x: number): string }>(
      messenger as never,
      'extension-page',
      () => SELF,
    );
    on('save', handler);
    const sender = { id: 'ext', url: 'chrome-extension://ext/journal.html' };
    expect(await messenger.listeners.get('save')?.({ data: 42, sender })).toBe('ok');
    expect(handler).toHaveBeenCalledWith({ data: 42, sender });
  });

  it('throws a refusal for a content script calling a page message, without running it', () => {
    const messenger = fakeMessenger();
    const handler = vi.fn(() => 'saved');
    const on = guardedOnMessage<{ save(): string }>(
      messenger as never,
      'extension-page',
      () => SELF,
    );
    on('save', handler);
    const content = { id: 'ext', url: 'https://news.example/', frameId: 0, tab: { id: 1 } };
    expect(() => messenger.listeners.get('save')?.({ data: undefined, sender: content })).toThrow(
      RefusedSenderError,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('throws a refusal for an extension page calling a content message', () => {
    const messenger = fakeMessenger();
    const handler = vi.fn();
    const on = guardedOnMessage<{ analyze(): void }>(
      messenger as never,
      'content-script',
      () => SELF,
    );
    on('analyze', handler);
    const page = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
    expect(() => messenger.listeners.get('analyze')?.({ data: {}, sender: page })).toThrow(
      /only from the extension's content script/,
    );
    expect(handler).not.toHaveBeenCalled();
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('background handlers', () => {
  it('are all registered through the guard (no direct onMessage of the protocol maps)', () => {
    const root = join(import.meta.dirname, '../../..');
    const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'entrypoints'))];
    const direct = files
      .filter((file) => !file.endsWith(join('src', 'background', 'listen.ts')))
      .filter((file) =>
        /\b(contentToBackground|pageToBackground)\.onMessage\b/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(root, file));
    expect(direct).toEqual([]);
    const guarded = files.filter((file) =>
      /\bon(Content|Page)Message\(/.test(readFileSync(file, 'utf8')),
    );
    expect(guarded.length).toBeGreaterThan(3);
  });
});
