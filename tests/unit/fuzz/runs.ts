/**
 * How hard the fuzz suite tries. `npm run test:unit` runs each property a few dozen times, so
 * the suite stays quick and still catches a regression now and then; `npm run fuzz` sets
 * `FUZZ_RUNS` (default 20,000) for a long run. `FUZZ_SEED` replays a failure that a run
 * printed (fast-check prints the seed and the path of the shrunk case).
 */
import type fc from 'fast-check';

/** fast-check parameters: `quick` runs unless `FUZZ_RUNS` asks for more. */
export function fuzzRuns(quick: number): fc.Parameters<unknown> {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  return {
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : quick,
    ...(Number.isInteger(seed) && process.env.FUZZ_SEED ? { seed } : {}),
  };
}
