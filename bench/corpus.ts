/**
 * Deterministic mixed-language benchmark text: the labelled development documents (relevant
 * and irrelevant, five languages) and the fixture pages' text, repeated in a fixed shuffled
 * order until the text reaches the requested size in UTF-8 bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../tests/fixtures');

/** The source documents (plain text), in a stable order. */
export function sourceDocuments(): string[] {
  const dir = join(FIXTURES, 'detect/dev');
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const pages = join(FIXTURES, 'pages');
  for (const f of readdirSync(pages)
    .filter((name) => name.endsWith('.html'))
    .sort()) {
    const html = readFileSync(join(pages, f), 'utf8');
    docs.push(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '));
  }
  return docs;
}

/** A small deterministic PRNG (mulberry32) so every run builds the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixed text of at least `bytes` UTF-8 bytes (cut at a document boundary). */
export function buildCorpus(bytes: number, docs: readonly string[] = sourceDocuments()): string {
  const next = random(20170317);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const doc = docs[Math.floor(next() * docs.length)] as string;
    parts.push(doc, '\n\n');
    size += Buffer.byteLength(doc, 'utf8') + 2;
  }
  return parts.join('');
}

/** Size of a text in megabytes (10^6 bytes of UTF-8). */
export function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1e6;
}
