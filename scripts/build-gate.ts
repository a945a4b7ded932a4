/**
 * `npm run build:gate`: writes `src/detect/gate-needles.json`, the gate's needle list, from
 * the bundled lexicon (see `src/detect/gate-needles.ts`). Run it after changing North Korea
 * terms or places; a unit test fails while the shipped list is out of step with the lexicon.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledLexicon } from '../src/detect/compiled';
import { gateNeedles } from '../src/detect/gate-needles';

const needles = gateNeedles(bundledLexicon().entries);
const file = join(import.meta.dirname, '../src/detect/gate-needles.json');
writeFileSync(file, `${JSON.stringify(needles, null, 1)}\n`);
console.log(`${needles.length} needles → ${file}`);
