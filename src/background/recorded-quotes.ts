/**
 * The journal's recorded quotes as the page analysis needs them, kept in memory between pages.
 * Reading the whole journal from storage for each relevant page costs the page's answer several
 * milliseconds with an empty journal and more with a long one; the quotes change only when the
 * journal does, and every change of it is seen here (the stored item's change event), so the
 * copy is dropped then and read again on the next page. A failed read is not kept.
 */
import type { RecordedQuote } from '@/src/sightings/resurface';

/** Where the quotes come from, and how the journal says it changed. */
export interface RecordedQuoteSource {
  read(): Promise<RecordedQuote[]>;
  /** Calls `listener` after every change of the journal; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** Returns the cached reader; the copy is read on first use and after each journal change. */
export function cachedRecordedQuotes(source: RecordedQuoteSource): () => Promise<RecordedQuote[]> {
  let cached: Promise<RecordedQuote[]> | null = null;
  source.onChange(() => {
    cached = null;
  });
  return () => {
    if (cached) return cached;
    const reading = source.read();
    cached = reading;
    reading.catch(() => {
      if (cached === reading) cached = null;
    });
    return reading;
  };
}
