/**
 * The sightings store: the only code that writes the journal. It lives in the background, and
 * every page (report form, journal) asks it through messages, so there is exactly one writer
 * and every write goes through one {@link SerialQueue}. Writes answer with a
 * {@link WriteResult} instead of throwing, so a failed write (quota, a broken profile) travels
 * back to the page that asked and is shown to the user rather than lost in a console.
 */
import { describeImportError, importSightings } from './import';
import type { Sighting } from './model';
import { createSerialQueue } from './store-queue';

/** Outcome of a write, safe to send through messaging (plain data, no Error objects). */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Where the list is kept; in the extension a versioned `@wxt-dev/storage` item. */
export interface SightingsBackend {
  read(): Promise<Sighting[]>;
  write(sightings: Sighting[]): Promise<void>;
}

/** Counts of an import merge, for the journal's confirmation message. */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** Answer to an import: every record landed, or none did and each problem is named. */
export type ImportOutcome = { ok: true; counts: MergeCounts } | { ok: false; errors: string[] };

/** The operations the background offers to extension pages. */
export interface SightingStore {
  list(): Promise<Sighting[]>;
  /** Adds a new sighting or replaces the one with the same id (an edit). */
  save(sighting: Sighting): Promise<WriteResult<Sighting>>;
  /** Removes a sighting and returns it, so the page can offer undo with the full record. */
  remove(id: string): Promise<WriteResult<Sighting>>;
  /** Puts back a removed sighting (undo); a record with that id already present wins. */
  restore(sighting: Sighting): Promise<WriteResult<Sighting>>;
  /**
   * Checks a JSON export (the file's text) completely and merges it by id in one write, against
   * the journal as it is inside the queue: all of it lands or none of it does.
   */
  importText(text: string): Promise<ImportOutcome>;
}

/** Readable text of anything thrown by a storage call. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : 'The browser refused to store the data.';
}

/**
 * Creates the store over a backend. Each write reads the latest list inside the queue, changes
 * it and writes it back, so concurrent callers never overwrite each other.
 */
export function createSightingStore(backend: SightingsBackend): SightingStore {
  const enqueue = createSerialQueue();

  async function change<T>(
    apply: (list: Sighting[]) => { next: Sighting[]; value: T } | string,
  ): Promise<WriteResult<T>> {
    try {
      return await enqueue(async () => {
        const outcome = apply(await backend.read());
        if (typeof outcome === 'string') return { ok: false, error: outcome } as const;
        await backend.write(outcome.next);
        return { ok: true, value: outcome.value } as const;
      });
    } catch (error) {
      return { ok: false, error: `Could not save the journal: ${describeError(error)}` };
    }
  }

  return {
    list: () => enqueue(() => backend.read()),
    save: (sighting) =>
      change((list) => {
        const at = list.findIndex((s) => s.id === sighting.id);
        const next = at < 0 ? [...list, sighting] : list.map((s, i) => (i === at ? sighting : s));
        return { next, value: sighting };
      }),
    remove: (id) =>
      change((list) => {
        const found = list.find((s) => s.id === id);
        if (!found) return `No sighting with id ${id} is in the journal.`;
        return { next: list.filter((s) => s.id !== id), value: found };
      }),
    restore: (sighting) =>
      change((list) => {
        const present = list.find((s) => s.id === sighting.id);
        if (present) return { next: list, value: present };
        return { next: [...list, sighting], value: sighting };
      }),
    importText: async (text) => {
      let problems: string[] = [];
      const result = await change((list) => {
        const outcome = importSightings(text, list);
        if (!outcome.ok) {
          problems = outcome.errors.map(describeImportError);
          return 'The file was not imported.';
        }
        const { merged, added, updated, unchanged } = outcome;
        return { next: merged, value: { added, updated, unchanged } };
      });
      if (result.ok) return { ok: true, counts: result.value };
      return { ok: false, errors: problems.length > 0 ? problems : [result.error] };
    },
  };
}
