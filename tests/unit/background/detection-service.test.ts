import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Schedule, startWarmUp, WARM_UP_DELAY_MS } from '@/src/background/detection-service';
import { REHEARSAL_TEXT, rehearseAnalysis } from '@/src/background/page-service';
import { detect } from '@/src/detect';
import { factBase } from '@/src/facts';

/** A scheduler that keeps the runs and their delays, to be run by hand. */
function manualSchedule() {
  const queue: { run: () => void; ms: number }[] = [];
  const schedule: Schedule = (run, ms) => void queue.push({ run, ms });
  const runAll = () => {
    while (queue.length > 0) queue.shift()?.run();
  };
  return { queue, schedule, runAll };
}

/** Lets the rehearsal, which starts in a promise callback, run and settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('background warm-up', () => {
  afterEach(() => vi.restoreAllMocks());

  it('compiles the lexicon a moment after start-up, then rehearses in a task of its own', async () => {
    const { queue, schedule } = manualSchedule();
    const rehearse = vi.fn();
    startWarmUp(rehearse, schedule);
    expect(queue.map((q) => q.ms)).toEqual([WARM_UP_DELAY_MS]);
    queue.shift()?.run();
    expect(rehearse).not.toHaveBeenCalled();
    expect(queue.map((q) => q.ms)).toEqual([0]);
    queue.shift()?.run();
    await settle();
    expect(rehearse).toHaveBeenCalledTimes(1);
  });

  it('warms up when a tab starts loading, not on other tab changes, and rehearses once', async () => {
    const { queue, schedule, runAll } = manualSchedule();
    const rehearse = vi.fn();
    const warmUp = startWarmUp(rehearse, schedule);
    runAll();
    warmUp.onTabUpdated({ status: 'complete' });
    warmUp.onTabUpdated({});
    expect(queue).toHaveLength(0);
    warmUp.onTabUpdated({ status: 'loading' });
    expect(queue.map((q) => q.ms)).toEqual([0]);
    runAll();
    warmUp.onTabUpdated({ status: 'loading' });
    runAll();
    await settle();
    expect(rehearse).toHaveBeenCalledTimes(1);
  });

  it('reports a rehearsal that throws or rejects and does not try it again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failures = [
      () => {
        throw new Error('broken');
      },
      async () => {
        throw new Error('broken later');
      },
    ];
    for (const failure of failures) {
      const { schedule, runAll } = manualSchedule();
      const rehearse = vi.fn(failure);
      const warmUp = startWarmUp(rehearse, schedule);
      runAll();
      warmUp.onTabUpdated({ status: 'loading' });
      runAll();
      await settle();
      expect(rehearse).toHaveBeenCalledTimes(1);
    }
    expect(error).toHaveBeenCalledTimes(2);
  });
});

describe('analysis rehearsal', () => {
  it('is a page the detector finds relevant, so every step of the analysis runs', async () => {
    expect(detect({ text: REHEARSAL_TEXT, zones: [] }, { sensitivity: 'normal' }).relevant).toBe(
      true,
    );
    const quotesRead = vi.fn(async () => []);
    const deps = { base: factBase, recordedQuotes: quotesRead, today: () => '2026-12-01' };
    expect(await rehearseAnalysis(deps)).toBeGreaterThan(0);
    expect(quotesRead).toHaveBeenCalled();
  });
});
