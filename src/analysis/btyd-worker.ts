/// <reference lib="webworker" />
/**
 * Module worker that fits and scores the customer-value models off the page's thread. Started by
 * btyd-client.ts; one message in (a job with an id), one message out (its result or error).
 */
import { runBtydJob, transferablesOf, type BtydJob } from './btyd/jobs';
import type { BtydReply } from './btyd-client';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; job: BtydJob }>) => {
  const { id, job } = event.data;
  let reply: BtydReply;
  try {
    const result = runBtydJob(job);
    reply = { id, ok: true, result };
    scope.postMessage(reply, transferablesOf(result));
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    scope.postMessage(reply);
  }
};
