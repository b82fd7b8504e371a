/**
 * The two jobs the model worker runs, as plain functions (the worker is a thin shell around them, and
 * tests call them directly). Inputs and outputs are structured-clone friendly: numbers and typed arrays.
 */
import { DEFAULT_CLV, scoreCustomers, type ClvOptions, type CustomerScores } from './clv';
import { summarizeClv, type ClvSummary } from './clv-summary';
import { validateHoldout, type HoldoutValidation } from './holdout';
import { fitModels, type FittedModels, type ModelInput, type TimeUnit } from './model';

export interface LtvJob {
  kind: 'ltv';
  input: ModelInput;
  unit?: TimeUnit;
  clv?: Partial<ClvOptions>;
  /** How many top customers the summary lists (default 20). */
  top?: number;
}

export interface HoldoutJob {
  kind: 'holdout';
  /** Calibration summaries up to the split date, `holdout` = purchase days in (split, end]. */
  input: ModelInput;
  unit?: TimeUnit;
  holdoutDays: number;
  weeklyActual: number[];
  maxBin?: number;
}

export type BtydJob = LtvJob | HoldoutJob;

export interface LtvResult {
  kind: 'ltv';
  models: FittedModels;
  clv: ClvOptions;
  scores: CustomerScores;
  summary: ClvSummary;
  /** Milliseconds spent fitting and scoring (for the UI's "computed in" and the benchmark). */
  fitMs: number;
  scoreMs: number;
}

export interface HoldoutResult {
  kind: 'holdout';
  models: FittedModels;
  validation: HoldoutValidation;
  fitMs: number;
}

export type BtydResult = LtvResult | HoldoutResult;

export function runBtydJob(job: LtvJob): LtvResult;
export function runBtydJob(job: HoldoutJob): HoldoutResult;
export function runBtydJob(job: BtydJob): BtydResult;
export function runBtydJob(job: BtydJob): BtydResult {
  const started = performance.now();
  const fitted = fitModels(job.input, job.unit ?? 'week');
  const fitMs = performance.now() - started;
  if (job.kind === 'holdout') {
    const validation = validateHoldout(fitted, job.input, job.holdoutDays, job.weeklyActual, { maxBin: job.maxBin });
    return { kind: 'holdout', models: fitted.models, validation, fitMs };
  }
  const clv = { ...DEFAULT_CLV, ...job.clv };
  const scores = scoreCustomers(fitted, job.input, clv);
  const summary = summarizeClv(scores, { top: job.top });
  return { kind: 'ltv', models: fitted.models, clv, scores, summary, fitMs, scoreMs: performance.now() - started - fitMs };
}

/** The result's big arrays, to hand over to the page without copying. */
export function transferablesOf(result: BtydResult): ArrayBuffer[] {
  if (result.kind !== 'ltv') return [];
  const { pAlive, expectedPurchases, expectedValue, clv } = result.scores;
  return [pAlive.buffer, expectedPurchases.buffer, expectedValue.buffer, clv.buffer] as ArrayBuffer[];
}
