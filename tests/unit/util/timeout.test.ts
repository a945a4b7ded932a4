import { describe, expect, it, vi } from 'vitest';
import { TimeoutError, withTimeout } from '@/src/util/timeout';

describe('withTimeout', () => {
  it('passes an answer that comes in time and clears its timer', async () => {
    vi.useFakeTimers();
    try {
      await expect(withTimeout(Promise.resolve(7), 100, 'x')).resolves.toBe(7);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects with a TimeoutError naming what did not answer, and tells the caller', async () => {
    vi.useFakeTimers();
    try {
      const stop = vi.fn();
      const late = withTimeout(new Promise(() => undefined), 100, 'The background', stop);
      const caught = late.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(100);
      const error = await caught;
      expect(error).toBeInstanceOf(TimeoutError);
      expect(String(error)).toContain('The background did not answer within 100 ms');
      expect(stop).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it("passes on the wrapped promise's own failure", async () => {
    await expect(withTimeout(Promise.reject(new Error('refused')), 100, 'x')).rejects.toThrow(
      'refused',
    );
  });
});
