import { describe, expect, it } from 'vitest';
import { compileBundledData } from '@/src/detect/bundled-data';
import { bundledLexicon } from '@/src/detect/compiled';
import { type LexiconPack, packLexicon, unpackLexicon } from '@/src/detect/lexicon-pack';
import packJson from '@/src/detect/lexicon-pack.json';

describe('lexicon pack', () => {
  const fresh = compileBundledData();

  it('ships the entries the data compiles to (else run `npm run build:lexicon`)', () => {
    expect(packJson).toEqual(packLexicon(fresh));
  });

  it('unpacks to exactly the compiled entries', () => {
    expect(unpackLexicon(packLexicon(fresh))).toEqual(fresh);
    expect(bundledLexicon().entries).toEqual(fresh);
  });

  it('keeps places, fact ids, topics and several languages per pattern', () => {
    const entries = unpackLexicon(packLexicon(fresh));
    expect(entries.some((e) => e.placeId !== undefined && e.topics.length > 0)).toBe(true);
    expect(entries.some((e) => e.factIds.length > 0)).toBe(true);
    expect(entries.some((e) => e.langs.length > 1)).toBe(true);
  });

  it('refuses a pack of another version', () => {
    const other = { ...(packJson as LexiconPack), version: 99 };
    expect(() => unpackLexicon(other)).toThrow(/version 99/);
  });
});
