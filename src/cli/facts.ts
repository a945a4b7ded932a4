/**
 * `npm run facts` prints a readable summary of the fact base per topic;
 * `npm run facts -- --json` prints facts, sources, places and the detection lexicon as one JSON
 * document for other tools. Validation errors exit with status 1 and name the bad record.
 */
import { existsSync } from 'node:fs';
import { formatJson, formatSummary } from '../facts/format';
import { loadFactBase } from '../facts/index';

/** The detection lexicon, read through its own validating module when that module exists. */
async function loadTerms(): Promise<unknown> {
  const module = new URL('../facts/terms.ts', import.meta.url);
  if (!existsSync(module)) return undefined;
  const { bundledTerms } = (await import(module.href)) as { bundledTerms?: unknown };
  return bundledTerms;
}

async function main(args: string[]): Promise<void> {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument(s): ${unknown.join(' ')}\nUsage: facts [--json]\n`);
    process.exitCode = 2;
    return;
  }
  const base = loadFactBase();
  process.stdout.write(
    args.includes('--json') ? formatJson(base, await loadTerms()) : formatSummary(base),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
