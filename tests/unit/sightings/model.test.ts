import { describe, expect, it } from 'vitest';
import {
  createSighting,
  draftFromCapture,
  missingDraftFields,
  siteOf,
  toPageLang,
  updateSighting,
} from '@/src/sightings/create';
import { checkSighting, InvalidSightingError } from '@/src/sightings/validate';
import { SAMPLE_ID, SAMPLE_NOW, sampleDraft, sampleSighting } from './sample';

describe('createSighting', () => {
  it('stamps id, version and times and keeps every confirmed field', () => {
    const s = createSighting(sampleDraft(), SAMPLE_NOW, SAMPLE_ID);
    expect(s.id).toBe(SAMPLE_ID);
    expect(s.schemaVersion).toBe(2);
    expect(s.createdAt).toBe('2026-11-28T02:10:00.000Z');
    expect(s.updatedAt).toBe(s.createdAt);
    expect(s.place).toEqual({ placeId: 'dandong', name: 'Dandong' });
    expect(checkSighting(s).ok).toBe(true);
  });

  it('fills honest defaults for fields left empty', () => {
    const { page, quote, observed, place } = sampleDraft();
    const s = createSighting({ page, quote, observed, place }, SAMPLE_NOW, SAMPLE_ID);
    expect(s.count).toEqual({ kind: 'unknown' });
    expect(s.direction).toBe('unknown');
    expect(s.confidence).toBe('unverified');
    expect(s.relatedFacts).toEqual([]);
    expect(s.notes).toBe('');
  });

  it('refuses a draft without date or place, naming both', () => {
    const { page, quote } = sampleDraft();
    expect(missingDraftFields({ page, quote })).toEqual(['observed', 'place']);
    expect(() => createSighting({ page, quote }, SAMPLE_NOW, SAMPLE_ID)).toThrow(
      /observed is missing; place is missing/,
    );
  });

  it('refuses an invalid id or a date that does not fit its precision', () => {
    expect(() => createSighting(sampleDraft(), SAMPLE_NOW, 'not-a-uuid')).toThrow(
      InvalidSightingError,
    );
    const draft = sampleDraft({ observed: { date: '2017-03', precision: 'day' } });
    expect(() => createSighting(draft, SAMPLE_NOW, SAMPLE_ID)).toThrow(/observed/);
  });
});

describe('updateSighting', () => {
  it('applies edits, removes cleared optional fields, and moves updatedAt forward', () => {
    const s = sampleSighting();
    const later = new Date('2026-11-29T00:00:00.000Z');
    const edited = updateSighting(s, { notes: 'checked', origin: undefined }, later);
    expect(edited.notes).toBe('checked');
    expect('origin' in edited).toBe(false);
    expect(edited.updatedAt).toBe(later.toISOString());
    expect(edited.createdAt).toBe(s.createdAt);
  });

  it('never moves updatedAt backwards when the clock does', () => {
    const s = sampleSighting();
    const earlier = new Date('2020-01-01T00:00:00.000Z');
    expect(Date.parse(updateSighting(s, {}, earlier).updatedAt)).toBeGreaterThan(
      Date.parse(s.updatedAt),
    );
  });
});

describe('draftFromCapture', () => {
  it('derives site and language and keeps only the date part of the page date', () => {
    const draft = draftFromCapture(
      {
        url: 'https://www.dailynk.com/english/x/',
        title: 'T',
        lang: 'ko-KR',
        quote: { exact: 'q', prefix: '', suffix: '', start: 0, end: 1 },
        textSha256: 'b'.repeat(64),
        factIds: ['dandong-inns'],
        pageDate: '2017-03-22T10:00:00+09:00',
      },
      SAMPLE_NOW,
    );
    expect(draft.page).toMatchObject({ site: 'dailynk.com', lang: 'ko', pageDate: '2017-03-22' });
    expect(draft.relatedFacts).toEqual(['dandong-inns']);
    expect(draft.observed).toBeUndefined();
  });

  it('maps unknown languages and unparsable URLs to safe values', () => {
    expect(toPageLang('de')).toBe('und');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('shared labels', () => {
  it('uses the fact base labels for confidence and precision', async () => {
    const facts = await import('@/src/facts/schema');
    const model = await import('@/src/sightings/model');
    expect([...model.CONFIDENCES]).toEqual([...facts.CONFIDENCES]);
    expect([...model.PRECISIONS]).toEqual([...facts.PRECISIONS]);
  });
});
