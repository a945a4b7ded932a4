import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSightingStore, type SightingsBackend } from '@/src/sightings/store';
import { sightingsItem, sightingsStorageBackend } from '@/src/sightings/store-item';
import { sampleSighting } from './sample';

describe('sightings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('keeps every record when many saves arrive at once', async () => {
    const store = createSightingStore(sightingsStorageBackend);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, n) => store.save(sampleSighting(n))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await sightingsItem.getValue()).map((s) => s.id).sort()).toEqual(
      Array.from({ length: 40 }, (_, n) => sampleSighting(n).id).sort(),
    );
  });

  it('loses records without the queue, which is why the queue exists', async () => {
    // Two unqueued read-modify-writes over the same backend: the control for the test above.
    const save = async (n: number) => {
      const list = await sightingsStorageBackend.read();
      await sightingsStorageBackend.write([...list, sampleSighting(n)]);
    };
    await Promise.all([save(1), save(2)]);
    expect((await sightingsItem.getValue()).length).toBe(1);
  });

  it('reports a failed write to the caller and keeps the earlier records', async () => {
    const store = createSightingStore(sightingsStorageBackend);
    await store.save(sampleSighting(1));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const failed = await store.save(sampleSighting(2));
    expect(failed).toEqual({
      ok: false,
      error: 'Could not save the journal: QUOTA_BYTES quota exceeded',
    });
    const next = await store.save(sampleSighting(3));
    expect(next.ok).toBe(true);
    expect((await store.list()).map((s) => s.page.title)).toEqual(['Story 1', 'Story 3']);
  });

  it('replaces a record with the same id on edit', async () => {
    const store = createSightingStore(sightingsStorageBackend);
    await store.save(sampleSighting(1));
    await store.save(sampleSighting(1, { notes: 'seen twice' }));
    const list = await store.list();
    expect(list).toHaveLength(1);
    expect(list[0]?.notes).toBe('seen twice');
  });

  it('removes a record, returns it for undo and restores it', async () => {
    const store = createSightingStore(sightingsStorageBackend);
    await store.save(sampleSighting(1));
    const removed = await store.remove(sampleSighting(1).id);
    expect(removed).toEqual({ ok: true, value: sampleSighting(1) });
    expect(await store.list()).toEqual([]);
    if (!removed.ok) throw new Error('remove failed');
    await store.restore(removed.value);
    expect(await store.list()).toEqual([sampleSighting(1)]);
  });

  it('names a missing id instead of writing', async () => {
    const write = vi.fn(async () => {});
    const backend: SightingsBackend = { read: async () => [], write };
    const result = await createSightingStore(backend).remove('nope');
    expect(result).toEqual({ ok: false, error: 'No sighting with id nope is in the journal.' });
    expect(write).not.toHaveBeenCalled();
  });

  it('imports a file by id in one write, newer copies winning', async () => {
    const store = createSightingStore(sightingsStorageBackend);
    await store.save(sampleSighting(1));
    await store.save(sampleSighting(2, { updatedAt: '2026-04-01T00:00:00.000Z' }));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const file = JSON.stringify({
      format: 'dprk-labor-lens/sightings',
      version: 1,
      sightings: [
        sampleSighting(1, { updatedAt: '2026-05-01T00:00:00.000Z', notes: 'newer' }),
        sampleSighting(2),
        sampleSighting(3),
      ],
    });
    const result = await store.importText(file);
    expect(result).toEqual({ ok: true, counts: { added: 1, updated: 1, unchanged: 1 } });
    expect(set).toHaveBeenCalledTimes(1);
    const list = await store.list();
    expect(list.map((s) => s.notes)).toEqual(['newer', '', '']);
    expect(list[1]?.updatedAt).toBe('2026-04-01T00:00:00.000Z');
  });

  it('imports nothing from a file with a bad record and names it', async () => {
    const store = createSightingStore(sightingsStorageBackend);
    await store.save(sampleSighting(1));
    const bad = { ...sampleSighting(3), observed: { date: '2026-02-30', precision: 'day' } };
    const file = JSON.stringify({ version: 1, sightings: [sampleSighting(2), bad] });
    const result = await store.importText(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^Record 2 \(id [0-9a-f-]+3\), field "observed.date"/);
    expect((await store.list()).map((s) => s.id)).toEqual([sampleSighting(1).id]);
  });

  it('reports a failed import write and keeps the journal', async () => {
    const store = createSightingStore(sightingsStorageBackend);
    await store.save(sampleSighting(1));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    const result = await store.importText(
      JSON.stringify({ version: 1, sightings: [sampleSighting(2)] }),
    );
    expect(result).toEqual({ ok: false, errors: ['Could not save the journal: quota'] });
    expect(await store.list()).toEqual([sampleSighting(1)]);
  });
});
