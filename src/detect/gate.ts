/**
 * The gate every page passes through: does the text name North Korea anywhere? It looks for
 * a short list of needles (`gate-needles.json`, derived from the lexicon's North Korea terms by
 * `npm run build:gate`) in the lower-cased text with the engine's native substring search, so
 * it needs no tables, no compilation and almost no code: a page that names North Korea nowhere
 * costs a fraction of a millisecond and loads nothing else. It may let through a page the
 * detector then finds irrelevant (a needle inside a longer word), never the reverse for text
 * written as the lexicon spells it.
 */
import needles from './gate-needles.json';

/** The needles the bundled lexicon yields (lower-case, several spellings each). */
export const GATE_NEEDLES: readonly string[] = needles;

/**
 * False when the text contains no needle, so it cannot be relevant. Hyphens count as spaces,
 * as folding has them (Rajin-Sonbong, Корейской Народно-Демократической Республики).
 */
export function quickGate(text: string, list: readonly string[] = GATE_NEEDLES): boolean {
  const lower = text.toLowerCase().replaceAll('-', ' ');
  for (const needle of list) if (lower.includes(needle)) return true;
  return false;
}
