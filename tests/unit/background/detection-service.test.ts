import { describe, expect, it, vi } from 'vitest';
import { warmDetector, warmOnPageLoad } from '@/src/background/detection-service';

describe('detector warm-up', () => {
  it('leaves compiling the lexicon to the scheduler, before any page asks', () => {
    const scheduled: (() => void)[] = [];
    warmDetector((run) => scheduled.push(run));
    expect(scheduled).toHaveLength(1);
    scheduled[0]?.();
  });

  it('warms up when a tab starts loading, not on other tab changes', () => {
    vi.useFakeTimers();
    try {
      warmOnPageLoad({ status: 'complete' });
      warmOnPageLoad({});
      expect(vi.getTimerCount()).toBe(0);
      warmOnPageLoad({ status: 'loading' });
      expect(vi.getTimerCount()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
