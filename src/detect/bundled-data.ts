/**
 * The lexicon compiled afresh from the bundled data (terms.json, the gazetteer, the fact
 * base's triggers). Only `npm run build:lexicon` and the tests that keep the shipped pack and
 * gate needles in step use it; the extension and the CLI read the pack (see `compiled.ts`).
 */
import { factRecords, placeRecords } from '../facts/data';
import { bundledTerms } from '../facts/terms';
import { compileLexicon, type FactTriggers, type LexEntry, type PlaceNames } from './lexicon';

/** Entries compiled from the bundled data files as they are now. */
export function compileBundledData(): LexEntry[] {
  return compileLexicon(bundledTerms, placeRecords as PlaceNames[], factRecords as FactTriggers[]);
}
