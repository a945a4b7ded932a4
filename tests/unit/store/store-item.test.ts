import { describe, expect, it } from 'vitest';
import { storageMigrations } from '@/src/sightings/store-item';

describe('stored journal migrations', () => {
  it('has no step while the document is at version 1', () => {
    expect(storageMigrations({}, 1)).toEqual({});
  });

  it('runs the document chain step for each stored version', () => {
    const chain = {
      1: (doc: { version: number; sightings: unknown[] }) => ({
        ...doc,
        version: 2,
        sightings: doc.sightings.map((s) => ({ ...(s as object), migrated: 2 })),
      }),
      2: (doc: { version: number; sightings: unknown[] }) => ({
        ...doc,
        version: 3,
        sightings: doc.sightings.map((s) => ({ ...(s as object), migrated: 3 })),
      }),
    };
    const steps = storageMigrations(chain, 3);
    expect(Object.keys(steps)).toEqual(['2', '3']);
    const once = steps[2]?.([{ id: 'a' }]) ?? [];
    expect(steps[3]?.(once)).toEqual([{ id: 'a', migrated: 3 }]);
  });

  it('refuses a chain with a gap instead of dropping the journal', () => {
    expect(() => storageMigrations({}, 2)).toThrow('No migration of sightings from version 1');
  });
});
