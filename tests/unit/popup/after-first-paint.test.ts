// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '@/src/popup/after-first-paint';

type Callback = (list: { getEntriesByName(name: string): unknown[] }) => void;

let observers: Array<{ callback: Callback; disconnected: boolean }>;

beforeEach(() => {
  observers = [];
  vi.useFakeTimers();
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      private entry: { callback: Callback; disconnected: boolean };
      constructor(callback: Callback) {
        this.entry = { callback, disconnected: false };
        observers.push(this.entry);
      }
      observe() {}
      disconnect() {
        this.entry.disconnected = true;
      }
    },
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const paint = (name: string) =>
  observers[0]?.callback({ getEntriesByName: (n) => (n === name ? [{ name }] : []) });

describe('afterFirstPaint', () => {
  it('runs at the first contentful paint, once, and stops watching', () => {
    const run = vi.fn();
    afterFirstPaint(run, 250);
    paint('first-paint');
    expect(run).not.toHaveBeenCalled();
    paint('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
    expect(observers[0]?.disconnected).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the wait when no paint comes', () => {
    const run = vi.fn();
    afterFirstPaint(run, 250);
    vi.advanceTimersByTime(249);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    paint('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
  });
});
