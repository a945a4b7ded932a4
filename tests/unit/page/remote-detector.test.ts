import { describe, expect, it } from 'vitest';
import type { PageAnswer, PageRequest } from '@/src/messaging/protocol';
import { MAX_PAGE_CHARS } from '@/src/messaging/protocol';
import { isContextInvalidated, remoteDetector } from '@/src/page/remote-detector';
import { TimeoutError } from '@/src/util/timeout';

const ANSWER: PageAnswer = {
  uiLang: 'en',
  relevant: false,
  score: 0.1,
  lang: 'en',
  pageDate: null,
  cards: [],
  marks: [],
  recorded: [],
  evidence: [],
};
const REQUEST: PageRequest = {
  text: 'Workers in Dandong',
  zones: [],
  sensitivity: 'normal',
  dateHints: {},
};

/** A send that fails with the given errors first, then answers; records what it was sent. */
function flaky(errors: Error[]) {
  const sent: PageRequest[] = [];
  const send = async (request: PageRequest) => {
    sent.push(request);
    const error = errors.shift();
    if (error) throw error;
    return ANSWER;
  };
  return { sent, send };
}

describe('remoteDetector', () => {
  it('retries while the background is restarting, pausing a little longer each time', async () => {
    const noListener = new Error('Could not establish connection. Receiving end does not exist.');
    const { sent, send } = flaky([noListener, noListener]);
    const pauses: number[] = [];
    const detect = remoteDetector({ send, sleep: async (ms) => void pauses.push(ms) });
    await expect(detect(REQUEST)).resolves.toEqual(ANSWER);
    expect(sent).toHaveLength(3);
    expect(pauses).toEqual([50, 250]);
  });

  it('gives up with the last error after every retry failed', async () => {
    const errors = [1, 2, 3, 4].map((n) => new Error(`down ${n}`));
    const { sent, send } = flaky(errors);
    const detect = remoteDetector({ send, sleep: async () => undefined });
    await expect(detect(REQUEST)).rejects.toThrow('down 4');
    expect(sent).toHaveLength(4);
  });

  it('does not retry once the extension context is gone', async () => {
    const dead = new Error('Extension context invalidated.');
    const { sent, send } = flaky([dead]);
    const detect = remoteDetector({ send, sleep: async () => undefined });
    await expect(detect(REQUEST)).rejects.toThrow('context invalidated');
    expect(sent).toHaveLength(1);
    expect(isContextInvalidated(dead)).toBe(true);
    expect(isContextInvalidated(new Error('Receiving end does not exist.'))).toBe(false);
  });

  it('sends at most MAX_PAGE_CHARS characters of text', async () => {
    const { sent, send } = flaky([]);
    const detect = remoteDetector({ send });
    await detect({ ...REQUEST, text: 'a'.repeat(MAX_PAGE_CHARS + 10) });
    expect(sent[0]?.text.length).toBe(MAX_PAGE_CHARS);
    expect(sent[0]?.dateHints).toEqual(REQUEST.dateHints);
  });

  it('gives up with a TimeoutError when the background never answers', async () => {
    const sent: PageRequest[] = [];
    const send = (request: PageRequest) => {
      sent.push(request);
      return new Promise<PageAnswer>(() => undefined);
    };
    const detect = remoteDetector({ send, timeoutMs: 20 });
    const outcome = detect(REQUEST);
    await expect(outcome).rejects.toBeInstanceOf(TimeoutError);
    await expect(outcome).rejects.toThrow('within 20 ms');
    expect(sent).toHaveLength(1);
  });

  it("counts the retries' pauses against the same timeout", async () => {
    const { sent, send } = flaky([new Error('Receiving end does not exist.')]);
    const detect = remoteDetector({
      send,
      timeoutMs: 20,
      sleep: () => new Promise<void>(() => undefined),
    });
    await expect(detect(REQUEST)).rejects.toBeInstanceOf(TimeoutError);
    expect(sent).toHaveLength(1);
  });

  it('answers normally within the timeout', async () => {
    const { send } = flaky([]);
    const detect = remoteDetector({ send, timeoutMs: 1000 });
    await expect(detect(REQUEST)).resolves.toEqual(ANSWER);
  });
});
