/**
 * Copies text to the clipboard and says how it went, so the popup can confirm the copy or,
 * when the browser refuses (no focus, no permission), show the text for copying by hand.
 */

/** The outcome of a copy: done, or failed with the reason the browser gave. */
export type CopyOutcome = { ok: true } | { ok: false; reason: string };

/** Writes `text` with the async Clipboard API. */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<CopyOutcome> {
  if (!clipboard) return { ok: false, reason: 'the clipboard is not available here' };
  try {
    await clipboard.writeText(text);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
