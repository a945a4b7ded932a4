/** How the compiled lexicon gives roles to words the data files list more than once or not at all. */
import { describe, expect, it } from 'vitest';
import { compileBundledData } from '@/src/detect/bundled-data';
import { EV } from '@/src/detect/lexicon';

const entries = compileBundledData();
const entry = (pattern: string) => {
  // An exact word, not a stem (a stem has no right boundary).
  const found = entries.find((e) => e.pattern === pattern && e.rightBoundary);
  if (!found) throw new Error(`no exact entry for ${pattern}`);
  return found;
};

describe('lexicon roles', () => {
  it('gives a subject word the role of a worker stem that also matches it ("earn", "earn*")', () => {
    for (const word of ['earn', 'earned', 'earning']) {
      const e = entry(word);
      expect(e.evidence & EV.W, word).toBe(EV.W);
      // It still names the wages subject for the cards.
      expect(e.concepts, word).toContain('wages');
    }
  });

  it('reads a place in North Korea that the terms file leaves out as naming the country', () => {
    for (const name of ['rajin', 'najin', 'musan']) {
      const e = entry(name);
      expect(e.evidence & EV.D, name).toBe(EV.D);
      expect(e.evidence & (EV.A | EV.B), name).toBe(0);
    }
    // A place abroad the terms file leaves out stays a place abroad.
    expect(entry('windhoek').evidence & EV.B).toBe(EV.B);
  });
});

describe('nationalities that name workers', () => {
  it('flags a nationality pattern with a worker word inside it, in any language, and no other', async () => {
    const { bundledLexicon } = await import('@/src/detect/compiled');
    const lex = bundledLexicon();
    const flagged = (term: string): number => {
      const p = lex.entries.findIndex((e) => e.term === term);
      if (p < 0) throw new Error(`no entry ${term}`);
      return lex.namesWorkers[p] as number;
    };
    for (const term of ['Chinese worker', '中国工人', '중국인 노동자', '外国人労働者'])
      expect(flagged(term), term).toBe(1);
    for (const term of ['Chinese', 'Chinese firm', 'from Tajikistan'])
      expect(flagged(term), term).toBe(0);
  });
});
