/**
 * A one-lane queue for storage writes. Every write to the sightings document is a
 * read-modify-write of one array; two tabs saving at the same moment would each read the old
 * array and the later write would drop the earlier record. Running writes strictly one after
 * another in the single writer (the background) makes that impossible.
 */

/** Runs a task after every task queued before it has settled. */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Creates an empty queue. A task that fails rejects its own promise only: the tasks behind it
 * still run, so one failed write (say, over quota) does not wedge the store.
 */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
