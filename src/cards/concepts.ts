/**
 * The narrower subjects each fact is about (wages, seafood plants, study visas…), found by
 * reading the fact's own English text with the detector's subject words: the same concept ids
 * the detector reports for a page in any of the five languages, so a Korean page about 임금 and
 * a fact about confiscated wages meet without a hand-kept tag list. Pure; computed once per
 * process for the bundled fact base.
 */
import { bundledLexicon, type CompiledLexicon } from '@/src/detect/compiled';
import { Scanner } from '@/src/detect/scanner';
import type { Fact } from '@/src/facts/schema';
import type { Topic } from '@/src/vocabulary';

/** Concept ids by fact id. */
export type FactConcepts = ReadonlyMap<string, ReadonlySet<string>>;

/** The concepts named in each fact's title, summary and details. */
export function factConcepts(
  facts: readonly Fact[],
  lex: CompiledLexicon = bundledLexicon(),
): FactConcepts {
  const out = new Map<string, Set<string>>();
  for (const fact of facts) {
    const scanner = new Scanner(lex.scan);
    scanner.feed([fact.title, fact.summary, ...fact.details].join('\n'));
    const scan = scanner.finish();
    const found = new Set<string>();
    for (let i = 0; i < scan.count; i++) {
      for (const c of lex.entries[scan.pattern[i] as number]?.concepts ?? []) found.add(c);
    }
    out.set(fact.id, found);
  }
  return out;
}

/** The topic each concept belongs to, as the lexicon's subject words say. */
export function conceptTopics(lex: CompiledLexicon = bundledLexicon()): ReadonlyMap<string, Topic> {
  const out = new Map<string, Topic>();
  for (const e of lex.entries) {
    if (e.role !== 'subject') continue;
    const topic = e.topics[0];
    for (const c of e.concepts) if (topic && !out.has(c)) out.set(c, topic);
  }
  return out;
}

const cache = new WeakMap<readonly Fact[], FactConcepts>();

/** {@link factConcepts} of a fact list, computed once per list. */
export function conceptsOf(facts: readonly Fact[]): FactConcepts {
  let known = cache.get(facts);
  if (!known) {
    known = factConcepts(facts);
    cache.set(facts, known);
  }
  return known;
}
