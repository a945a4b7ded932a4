/**
 * Derives the gate's needles from the lexicon: the North Korea (D) patterns that contain no
 * other D pattern, so every D match contains a needle and the gate never turns away a text the
 * detector could count as naming North Korea. Each needle is spelled with traditional as well
 * as simplified Han characters, since folding maps one to the other (北韓 and 北韩). Used by
 * `npm run build:lexicon` and by the test that keeps the shipped list in step with the lexicon.
 */
import { hanziPairs } from './hanzi';
import { EV, type LexEntry } from './lexicon';

/** Most spellings one needle may expand to (Han variants multiply). */
const MAX_VARIANTS = 16;

/** The D patterns that contain no other D pattern, shortest first, then alphabetically. */
export function minimalNorthKoreaPatterns(entries: readonly LexEntry[]): string[] {
  const patterns = [
    ...new Set(entries.filter((e) => (e.evidence & EV.D) !== 0).map((e) => e.pattern)),
  ].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const p of patterns) if (!kept.some((k) => p.includes(k))) kept.push(p);
  return kept;
}

/** Every spelling of a folded needle with traditional forms of its simplified characters. */
export function spellings(needle: string): string[] {
  const traditional = new Map<string, string[]>();
  for (const [from, to] of hanziPairs()) {
    const simplified = String.fromCharCode(to);
    traditional.set(simplified, [
      ...(traditional.get(simplified) ?? []),
      String.fromCharCode(from),
    ]);
  }
  let out = [''];
  for (const ch of needle) {
    const options = [ch, ...(traditional.get(ch) ?? [])];
    out = out.flatMap((prefix) => options.map((o) => prefix + o)).slice(0, MAX_VARIANTS);
  }
  return out;
}

/** The gate's needles for a lexicon: every spelling of every minimal North Korea pattern. */
export function gateNeedles(entries: readonly LexEntry[]): string[] {
  return [...new Set(minimalNorthKoreaPatterns(entries).flatMap(spellings))];
}
