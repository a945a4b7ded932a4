import { describe, expect, it } from 'vitest';
import { cachedRecordedQuotes } from '@/src/background/recorded-quotes';
import type { RecordedQuote } from '@/src/sightings/resurface';

/** A journal in memory whose reads are counted and whose changes are announced. */
function fakeJournal(first: RecordedQuote[]) {
  let quotes = first;
  let reads = 0;
  let failNext = false;
  const listeners: (() => void)[] = [];
  return {
    source: {
      read: async () => {
        reads++;
        if (failNext) {
          failNext = false;
          throw new Error('storage is unavailable');
        }
        return quotes;
      },
      onChange: (listener: () => void) => {
        listeners.push(listener);
        return () => undefined;
      },
    },
    change(next: RecordedQuote[]) {
      quotes = next;
      for (const listener of listeners) listener();
    },
    failOnce() {
      failNext = true;
    },
    get reads() {
      return reads;
    },
  };
}

const quote = (id: string): RecordedQuote => ({
  id,
  url: `https://news.example/${id}`,
  createdAt: '2026-11-20T08:00:00Z',
  exact: `quote ${id}`,
  prefix: '',
  suffix: '',
});

describe('recorded quotes kept between pages', () => {
  it('reads the journal once for many pages', async () => {
    const journal = fakeJournal([quote('a')]);
    const quotes = cachedRecordedQuotes(journal.source);
    expect(await quotes()).toEqual([quote('a')]);
    expect(await quotes()).toEqual([quote('a')]);
    expect(journal.reads).toBe(1);
  });

  it('reads again after the journal changed, so a deleted sighting is not shown', async () => {
    const journal = fakeJournal([quote('a'), quote('b')]);
    const quotes = cachedRecordedQuotes(journal.source);
    await quotes();
    journal.change([quote('b')]);
    expect(await quotes()).toEqual([quote('b')]);
    expect(journal.reads).toBe(2);
  });

  it('does not keep a failed read', async () => {
    const journal = fakeJournal([quote('a')]);
    const quotes = cachedRecordedQuotes(journal.source);
    journal.failOnce();
    await expect(quotes()).rejects.toThrow('storage is unavailable');
    expect(await quotes()).toEqual([quote('a')]);
    expect(journal.reads).toBe(2);
  });
});
