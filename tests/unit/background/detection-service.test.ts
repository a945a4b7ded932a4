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

describe('background warm-up', () => {
  afterEach(() => vi.restoreAllMocks());

  it('compiles the lexicon a moment after start-up, then rehearses in a task of its own', () => {
    const { queue, schedule } = manualSchedule();
    const rehearse = vi.fn();
    startWarmUp(rehearse, schedule);
    expect(queue.map((q) => q.ms)).toEqual([WARM_UP_DELAY_MS]);
    queue.shift()?.run();
    expect(rehearse).not.toHaveBeenCalled();
    expect(queue.map((q) => q.ms)).toEqual([0]);
    queue.shift()?.run();
    expect(rehearse).toHaveBeenCalledTimes(1);
  });

  it('warms up when a tab starts loading, not on other tab changes, and rehearses once', () => {
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
    expect(rehearse).toHaveBeenCalledTimes(1);
  });

  it('reports a rehearsal that throws and does not try it again', () => {
    const { schedule, runAll } = manualSchedule();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const rehearse = vi.fn(() => {
      throw new Error('broken');
    });
    const warmUp = startWarmUp(rehearse, schedule);
    runAll();
    warmUp.onTabUpdated({ status: 'loading' });
    runAll();
    expect(rehearse).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
  });
});

describe('analysis rehearsal', () => {
  it('is a page the detector finds relevant, so every step of the analysis runs', () => {
    expect(detect({ text: REHEARSAL_TEXT, zones: [] }, { sensitivity: 'normal' }).relevant).toBe(
      true,
    );
    expect(rehearseAnalysis(factBase, '2026-12-01')).toBeGreaterThan(0);
  });
});
