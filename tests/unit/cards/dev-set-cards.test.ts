/**
 * The cards the relevant documents of the dev set get, as a reader meets them: how many get at
 * least three cards, and how often the cards shown first (the panel's seven) include the
 * subject the story is about (`subjects` in the labels, written from the texts alone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardsForPage } from '@/src/cards';
import { loadDocument } from '@/src/cli/scan';
import { detect } from '@/src/detect';
import { factBase } from '@/src/facts';
import { PANEL_FIRST_CARDS } from '@/src/overlay/Panel';
import { labels } from '../detect/eval-set';

const ROOT = join(import.meta.dirname, '../../fixtures/detect');

describe('cards on the dev set', () => {
  const docs = labels('dev')
    .filter((l) => l.relevant && l.subjects !== undefined)
    .map((label) => {
      const page = loadDocument(label.file, readFileSync(join(ROOT, label.file), 'utf8'));
      const detection = detect(page);
      const { cards } = cardsForPage(detection, page, factBase, '2026-12-03');
      return { label, detected: detection.relevant, cards };
    })
    .filter((d) => d.detected);

  it('gives every relevant document three cards or more, and shows its subject among the first', () => {
    const share = (n: number) => `${((100 * n) / docs.length).toFixed(1)}%`;
    const threePlus = docs.filter((d) => d.cards.length >= 3).length;
    const shownTopics = (d: (typeof docs)[number]) =>
      new Set(d.cards.slice(0, PANEL_FIRST_CARDS).map((c) => c.topic as string));
    const mainSubject = docs.filter((d) => shownTopics(d).has(d.label.subjects?.[0] ?? '')).length;
    const anySubject = docs.filter((d) =>
      (d.label.subjects ?? []).some((s) => shownTopics(d).has(s)),
    ).length;
    const allSubjects = docs.filter((d) =>
      (d.label.subjects ?? []).every((s) => shownTopics(d).has(s)),
    ).length;
    const missed = docs
      .filter((d) => !shownTopics(d).has(d.label.subjects?.[0] ?? ''))
      .map(
        (d) =>
          `  ${d.label.file} (${d.label.subjects?.join(', ')}): ${[...shownTopics(d)].join(', ')}`,
      );
    console.log(
      [
        `dev set, ${docs.length} relevant documents the detector finds:`,
        `  three cards or more: ${share(threePlus)}`,
        `  main subject among the first ${PANEL_FIRST_CARDS} cards: ${share(mainSubject)}`,
        `  some subject among them: ${share(anySubject)}; every subject: ${share(allSubjects)}`,
        ...(missed.length > 0 ? ['main subject missing:', ...missed] : []),
      ].join('\n'),
    );
    expect(docs.length).toBeGreaterThan(150);
    expect(threePlus).toBe(docs.length);
    expect(mainSubject / docs.length).toBeGreaterThanOrEqual(0.9);
  });
});
