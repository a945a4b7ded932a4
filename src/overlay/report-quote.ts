/**
 * The quote a "Report a sighting" request carries: the sentence around a match, with a short
 * prefix and suffix so it can be found again (W3C TextQuoteSelector). Pure string code.
 */
import { quoteSelectorFor } from '../quote/selectors';
import { sentenceAround } from '../quote/sentence';
import type { QuoteSelector } from '../sightings/model';

/**
 * The quote a card's "Report a sighting" sends: the sentence around `[start, end)` with its
 * selectors' context, built by the same quote module the sighting journal re-anchors with.
 */
export function reportQuoteAround(
  text: string,
  start: number,
  end: number,
): Required<QuoteSelector> {
  const sentence = sentenceAround(text, start, end);
  return quoteSelectorFor(text, sentence.start, sentence.end);
}

/** SHA-256 of `text` as lower-case hex (WebCrypto, available in pages and Node). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
