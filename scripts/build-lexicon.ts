/**
 * `npm run build:lexicon`: compiles the bundled lexicon data and writes what the extension
 * ships from it: `src/detect/lexicon-pack.json` (the compiled entries, read at start-up
 * instead of compiling), `src/detect/gate-needles.json` (the page gate's needles) and
 * `src/detect/gate-patterns.json` (the regular expressions the gate runs on them) and
 * `src/detect/gate-work-patterns.json` (the work needles the page gate also asks for). Run it
 * after changing terms.json, place names or fact triggers; unit tests fail while any of them is
 * out of step with the data.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBundledData } from '../src/detect/bundled-data';
import { gateNeedles, gatePatterns, workNeedles, workPatterns } from '../src/detect/gate-needles';
import { packLexicon } from '../src/detect/lexicon-pack';

const entries = compileBundledData();
const dir = join(import.meta.dirname, '../src/detect');
const pack = packLexicon(entries);
writeFileSync(
  join(dir, 'lexicon-pack.json'),
  `{"version":${pack.version},"entries":[\n${pack.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`,
);
const needles = gateNeedles(entries);
writeFileSync(join(dir, 'gate-needles.json'), `${JSON.stringify(needles, null, 1)}\n`);
writeFileSync(
  join(dir, 'gate-patterns.json'),
  `${JSON.stringify(gatePatterns(needles), null, 1)}\n`,
);
writeFileSync(
  join(dir, 'gate-work-patterns.json'),
  `${JSON.stringify(workPatterns(workNeedles(entries)), null, 1)}\n`,
);
console.log(`${entries.length} lexicon entries, ${needles.length} gate needles → ${dir}`);
