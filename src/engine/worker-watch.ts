/** How a worker was lost: it stopped (the browser ended it) or it crashed (an error nobody caught). */
export type LostReason = 'stopped' | 'crashed';

const LOCK_WAIT_MS = 5_000;

/**
 * Calls `onLost` once when the worker started from src/engine/duckdb-worker.ts with `name: lock` is gone: the
 * lock it holds is granted to this page only after the worker's end, however it ended (a terminated or crashed
 * worker sends no event), and an uncaught error in the worker counts too. No polling and no timeout on queries,
 * so a long statement is never mistaken for a dead engine.
 */
export async function watchWorker(worker: Worker, lock: string, onLost: (reason: LostReason) => void): Promise<void> {
  let done = false;
  const lose = (reason: LostReason) => {
    if (done) return;
    done = true;
    worker.terminate();
    onLost(reason);
  };
  worker.addEventListener('error', () => lose('crashed'));
  const locks = navigator.locks;
  if (!locks) return;
  // Ask for the lock only once the worker holds it (it takes it while its script starts).
  const started = Date.now();
  while (!(await locks.query()).held?.some((held) => held.name === lock)) {
    if (Date.now() - started > LOCK_WAIT_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  void locks.request(lock, () => lose('stopped'));
}
