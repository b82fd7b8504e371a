import { describe, expect, it } from 'vitest';
import { createBtydClient, type BtydReply, type WorkerLike } from '../../src/analysis/btyd-client';
import { runBtydJob, type BtydJob } from '../../src/analysis/btyd/jobs';
import { simulateBgnbd } from './btyd-simulate';

/** Runs jobs in-process, answering asynchronously as the real worker does (btyd-worker.ts). */
function fakeWorker(): WorkerLike & { started: number } {
  const worker: WorkerLike & { started: number } = {
    started: 1,
    onmessage: null,
    onerror: null,
    postMessage(message: unknown) {
      const { id, job } = structuredClone(message) as { id: number; job: BtydJob };
      setTimeout(() => {
        let data: BtydReply;
        try {
          data = { id, ok: true, result: runBtydJob(job) };
        } catch (error) {
          data = { id, ok: false, error: (error as Error).message };
        }
        worker.onmessage?.({ data } as MessageEvent<BtydReply>);
      }, 0);
    },
    terminate() {},
  };
  return worker;
}

describe('model worker client', () => {
  const input = simulateBgnbd(2000, { r: 0.5, alpha: 20, a: 0.8, b: 2.5 }, 500, 3);

  it('resolves LTV and holdout jobs, concurrently, on one worker', async () => {
    let spawned = 0;
    const client = createBtydClient(() => (spawned++, fakeWorker()));
    const [ltv, holdout] = await Promise.all([
      client.ltv(input, { unit: 'day', clv: { margin: 0.4 }, top: 5 }),
      client.holdout(input, { unit: 'week', holdoutDays: 70, weeklyActual: Array(10).fill(1) }),
    ]);
    expect(spawned).toBe(1);
    expect(ltv.kind).toBe('ltv');
    expect(ltv.clv).toEqual({ horizonMonths: 12, margin: 0.4, monthlyDiscountRate: 0.01 });
    expect(ltv.scores.clv).toHaveLength(2000);
    expect(ltv.summary.top).toHaveLength(5);
    expect(holdout.validation.weekly).toHaveLength(10);
    expect(holdout.validation.weekly[9].actualCumulative).toBe(10);
    client.terminate();
  });

  it('rejects with the worker error message, and on terminate', async () => {
    const client = createBtydClient(fakeWorker);
    const empty = { x: new Int32Array(0), txDays: new Int32Array(0), TDays: new Int32Array(0), repeatValue: new Float64Array(0), holdout: new Int32Array(0) };
    await expect(client.ltv(empty)).rejects.toThrow(/no customers/);
    const pending = client.ltv(input);
    client.terminate();
    await expect(pending).rejects.toThrow(/stopped/);
  });
});
