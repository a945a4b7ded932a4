import { describe, expect, it, vi } from 'vitest';
import {
  detectPage,
  parseDetectRequest,
  warmDetector,
  warmOnPageLoad,
} from '@/src/background/detection-service';
import { detect } from '@/src/detect';

const TEXT =
  'Groups of about two hundred North Korean workers from Pyongyang stayed for a week at two inns in Dandong before boarding trains for Russia.';

describe('detection service', () => {
  it('answers exactly what detect() answers for the same text, zones and sensitivity', () => {
    const zones = [{ start: 0, end: 10, kind: 'boilerplate' as const }];
    for (const sensitivity of ['low', 'normal', 'high'] as const) {
      expect(detectPage({ text: TEXT, zones, sensitivity })).toEqual(
        detect({ text: TEXT, zones }, { sensitivity }),
      );
    }
    expect(detectPage({ text: TEXT, zones: [], sensitivity: 'normal' }).relevant).toBe(true);
  });

  it('refuses malformed requests with the offending field named', () => {
    expect(() => parseDetectRequest({ text: 1, zones: [], sensitivity: 'normal' })).toThrow(/text/);
    expect(() => parseDetectRequest({ text: '', zones: [], sensitivity: 'max' })).toThrow(
      /sensitivity/,
    );
    expect(() =>
      parseDetectRequest({
        text: '',
        zones: [{ start: -1, end: 2, kind: 'boilerplate' }],
        sensitivity: 'low',
      }),
    ).toThrow(/zones/);
    expect(() =>
      parseDetectRequest({ text: '', zones: [], sensitivity: 'low', extra: 1 }),
    ).toThrow();
    expect(() => parseDetectRequest(null)).toThrow(/Bad detect request/);
  });

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
