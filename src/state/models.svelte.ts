/**
 * The customer-value models for the views: one model worker (src/analysis/btyd-client.ts) and a small cache of
 * fits, so that switching views, or changing the margin, does not fit again. The LTV fit is cached per (data
 * version, as-of date, time unit, horizon, discount rate) and computed at margin 1 (CLV is proportional to the
 * margin: the view scales it); the holdout per (data version, split, end, unit).
 */
import { createBtydClient, type BtydClient } from '../analysis/btyd-client';
import type { HoldoutResult, LtvResult } from '../analysis/btyd/jobs';
import type { ModelInput, TimeUnit } from '../analysis/btyd/model';
import type { PurchaseModel } from '../analysis/btyd/bgnbd';
import { loadModelData, type ModelData } from '../analysis/model-data';
import { DAYS_PER_UNIT } from '../analysis/btyd/model';
import { DEFAULT_LTV_OPTIONS, monthlyDiscountRate } from '../analysis/ltv-view';
import type { ListModel } from '../analysis/customers';
import { derived as tables } from './derived.svelte';

export interface LtvRequest {
  version: number;
  asOf: string;
  unit: TimeUnit;
  horizonMonths: number;
  monthlyDiscountRate: number;
}

export interface HoldoutRequest {
  version: number;
  split: string;
  end: string;
  unit: TimeUnit;
}

export interface Timing {
  /** Milliseconds reading the per-customer summaries (SQL), in the worker (fit, scoring) and in all. */
  loadMs: number;
  fitMs: number;
  scoreMs: number;
  totalMs: number;
}

export interface LtvFit {
  request: LtvRequest;
  data: ModelData;
  /** Computed at margin 1: multiply money by the margin setting (summaryAtMargin). */
  result: LtvResult;
  timing: Timing;
}

export interface HoldoutFit {
  request: HoldoutRequest;
  data: ModelData;
  weekly: number[];
  holdoutDays: number;
  result: HoldoutResult;
  timing: Timing;
}

/** How many fits of each kind stay cached (each holds a few arrays per customer). */
const KEEP = 4;

function numericInput(data: ModelData): ModelInput {
  // the ids stay on the page: the worker needs numbers only
  return { x: data.x, txDays: data.txDays, TDays: data.TDays, repeatValue: data.repeatValue, holdout: data.holdout };
}

function remember<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit;
  }
  const promise = make();
  cache.set(key, promise);
  promise.catch(() => cache.get(key) === promise && cache.delete(key));
  while (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return promise;
}

class ModelFits {
  private client: BtydClient | null = null;
  private ltvFits = new Map<string, Promise<LtvFit>>();
  private holdoutFits = new Map<string, Promise<HoldoutFit>>();
  /** The purchase model of the latest LTV fit per `version|asOf` (the customer card draws P(alive) with it). */
  purchaseModels = $state.raw<Record<string, { model: PurchaseModel; unit: TimeUnit }>>({});

  private worker(): BtydClient {
    return (this.client ??= createBtydClient());
  }

  /** The model fitted on all data up to `asOf`, with every customer scored; `load` reads the summaries. */
  ltv(request: LtvRequest, load: () => Promise<ModelData>): Promise<LtvFit> {
    const key = JSON.stringify(request);
    return remember(this.ltvFits, key, async () => {
      const started = performance.now();
      const data = await load();
      const loaded = performance.now();
      const result = await this.worker().ltv(numericInput(data), {
        unit: request.unit,
        clv: { margin: 1, horizonMonths: request.horizonMonths, monthlyDiscountRate: request.monthlyDiscountRate },
      });
      const timing = { loadMs: loaded - started, fitMs: result.fitMs, scoreMs: result.scoreMs, totalMs: performance.now() - started };
      this.purchaseModels = { ...this.purchaseModels, [`${request.version}|${request.asOf}`]: { model: result.models.purchases.model, unit: request.unit } };
      return { request, data, result, timing };
    });
  }

  /** Fitted before `split`, predicted for (split, end]. */
  holdout(request: HoldoutRequest, load: () => Promise<{ data: ModelData; weekly: number[]; holdoutDays: number }>): Promise<HoldoutFit> {
    const key = JSON.stringify(request);
    return remember(this.holdoutFits, key, async () => {
      const started = performance.now();
      const { data, weekly, holdoutDays } = await load();
      const loaded = performance.now();
      const result = await this.worker().holdout(numericInput(data), { unit: request.unit, holdoutDays, weeklyActual: weekly });
      const timing = { loadMs: loaded - started, fitMs: result.fitMs, scoreMs: 0, totalMs: performance.now() - started };
      return { request, data, weekly, holdoutDays, result, timing };
    });
  }

  /**
   * The purchase model that scores lists (P(buy in the next `horizonDays`)): the LTV view's latest fit for this
   * data and as-of date, else a fit with the LTV view's default options (cached, so the LTV view reuses it).
   */
  async listModel(version: number, asOf: string, horizonDays: number): Promise<ListModel> {
    let fitted = this.purchaseModel(version, asOf);
    if (!fitted) {
      const d = DEFAULT_LTV_OPTIONS;
      const request = { version, asOf, unit: d.unit, horizonMonths: d.horizonMonths, monthlyDiscountRate: monthlyDiscountRate(d) };
      const fit = await this.ltv(request, async () => loadModelData(await tables.ensure('purchase_days'), asOf));
      fitted = { model: fit.result.models.purchases.model, unit: request.unit };
    }
    return { model: fitted.model, daysPerUnit: DAYS_PER_UNIT[fitted.unit], horizonDays };
  }

  /** The purchase model fitted for this data version and as-of date, if the LTV view has fitted one. */
  purchaseModel(version: number, asOf: string): { model: PurchaseModel; unit: TimeUnit } | null {
    return this.purchaseModels[`${version}|${asOf}`] ?? null;
  }
}

export const modelFits = new ModelFits();
