/** Small statistics for `npm run bench:page`: medians and worst cases of per-load samples. */

/** Median of `xs` (the upper one of an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  return [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
}

/** Largest of `xs`; NaN for none. */
export function worst(xs: readonly number[]): number {
  return xs.length === 0 ? Number.NaN : Math.max(...xs);
}

/** Median and worst, rounded to `digits`. */
export function summary(xs: readonly number[], digits = 1): { median: number; worst: number } {
  const round = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  return { median: round(median(xs)), worst: round(worst(xs)) };
}

/** `a / b` as a ratio for the tables, or `–` when it means nothing. */
export function ratio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0 || a <= 0) return '–';
  const r = a / b;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
}

/** A number for the tables: fixed digits, or `–` for NaN. */
export function num(x: number, digits = 1): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '–';
}
