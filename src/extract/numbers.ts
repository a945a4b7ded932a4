/**
 * Numbers as news writes them: "1,000", "30 000" (Russian, with a no-break space), "1만2000",
 * "3万", "2천", "30 тыс.". Head-count extraction matches {@link NUMBER} and reads it with
 * {@link readNumber}.
 */

/** A number with its grouping and an optional East Asian or Russian multiplier. */
export const NUMBER =
  '(?:\\d{1,3}(?:[,\\u00a0\\u202f]\\d{3})+|\\d+)(?:\\s?(?:만|万|萬|천|千|тыс\\.?|тысяч[аи]?)(?:\\s?\\d+)?)?';

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^(?:만|万|萬)$/, 10_000],
  [/^(?:천|千)$/, 1_000],
  [/^(?:тыс\.?|тысяч[аи]?)$/, 1_000],
];

/** The value of a {@link NUMBER} match ("1만2000" → 12000), or NaN for anything else. */
export function readNumber(text: string): number {
  const m = /^([\d,\u00a0\u202f]+)(?:\s?(만|万|萬|천|千|тыс\.?|тысяч[аи]?)(?:\s?(\d+))?)?$/.exec(
    text.trim(),
  );
  if (!m) return Number.NaN;
  const head = Number((m[1] ?? '').replace(/[,\u00a0\u202f]/g, ''));
  if (m[2] === undefined) return head;
  const factor = MULTIPLIERS.find(([re]) => re.test(m[2] ?? ''))?.[1] ?? Number.NaN;
  return head * factor + (m[3] === undefined ? 0 : Number(m[3]));
}
