/**
 * The page's promise API for the customer-value models: each call posts a job to one module worker
 * (btyd-worker.ts) and resolves with its result, so a fit on a million customers never freezes the page.
 *
 *   const models = createBtydClient();
 *   const ltv = await models.ltv(await loadModelData(db, asOf), { unit: 'week', clv: { margin: 0.3 } });
 *   const check = await models.holdout(calibrationData, { holdoutDays, weeklyActual });
 */
import type { HoldoutJob, HoldoutResult, LtvJob, LtvResult, BtydJob, BtydResult } from './btyd/jobs';
import type { ModelInput } from './btyd/model';

export type BtydReply = { id: number; ok: true; result: BtydResult } | { id: number; ok: false; error: string };

/** What the client needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<BtydReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface BtydClient {
  ltv(input: ModelInput, options?: Omit<LtvJob, 'kind' | 'input'>): Promise<LtvResult>;
  holdout(input: ModelInput, options: Omit<HoldoutJob, 'kind' | 'input'>): Promise<HoldoutResult>;
  /** Stops the worker; pending calls are rejected. */
  terminate(): void;
}

function startWorker(): WorkerLike {
  return new Worker(new URL('./btyd-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export function createBtydClient(spawn: () => WorkerLike = startWorker): BtydClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: BtydResult) => void; reject: (e: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const ensure = (): WorkerLike => {
    if (worker) return worker;
    worker = spawn();
    worker.onmessage = ({ data }) => {
      const call = pending.get(data.id);
      if (!call) return;
      pending.delete(data.id);
      if (data.ok) call.resolve(data.result);
      else call.reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      failAll(new Error(event.message || 'the model worker failed'));
      worker?.terminate();
      worker = null;
    };
    return worker;
  };
  const run = (job: BtydJob) =>
    new Promise<BtydResult>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ensure().postMessage({ id, job });
    });
  return {
    ltv: (input, options = {}) => run({ kind: 'ltv', input, ...options }) as Promise<LtvResult>,
    holdout: (input, options) => run({ kind: 'holdout', input, ...options }) as Promise<HoldoutResult>,
    terminate() {
      worker?.terminate();
      worker = null;
      failAll(new Error('the model worker was stopped'));
    },
  };
}
