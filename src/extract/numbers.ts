/**
 * Numbers as news writes them: "1,000", "30 000" (Russian, with a no-break space), "1만2000",
 * "3만4천", "3万7000", "8천533", "30 тыс.". Head-count extraction matches {@link NUMBER} and
 * reads it with {@link readNumber}.
 */

const UNIT = '(?:만|万|萬|천|千|тыс\\.?|тысяч[аи]?)';

/** A number with its grouping and optional East Asian or Russian multipliers, chained. */
export const NUMBER = `(?:\\d{1,3}(?:[,\\u00a0\\u202f]\\d{3})+|\\d+)(?:\\s?${UNIT}(?:\\s?\\d+(?![\\d,]))?)*`;

function unitValue(unit: string): number {
  if (/^(?:만|万|萬)$/.test(unit)) return 10_000;
  return 1_000;
}

/**
 * The value of a {@link NUMBER} match, or NaN for anything else: each number before a unit is
 * multiplied by it and the parts added ("3만4천" → 34000, "1만2000" → 12000).
 */
export function readNumber(text: string): number {
  const compact = text.trim();
  if (!new RegExp(`^${NUMBER}$`).test(compact)) return Number.NaN;
  let total = 0;
  const parts = compact.matchAll(new RegExp(`([\\d,\\u00a0\\u202f]+)\\s?(${UNIT})?`, 'g'));
  for (const [, digits, unit] of parts) {
    const n = Number((digits ?? '').replace(/[,\u00a0\u202f]/g, ''));
    total += unit === undefined ? n : n * unitValue(unit);
  }
  return total;
}
