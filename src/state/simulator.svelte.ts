import type { LifecycleThresholds } from '../analysis/lifecycle';
import { replayOrders, simMeasures, winbackGroup, type GroupPart, type ReplayOrders, type SimMeasures } from '../analysis/simulator';
import { isStatusGroup, type WinbackGroupKey } from '../simulate/winback-scenario';
import { derived as tables } from './derived.svelte';
import { dataset } from './dataset.svelte';

export interface SimData {
  orders: ReplayOrders;
  measures: SimMeasures;
  /** Milliseconds: building `sim_orders` (0 when reused), reading the replay columns and the measured inputs. */
  timing: { build: number; fetch: number; measures: number };
}

/**
 * The simulator's cached inputs: the replay columns and the measured inputs once per as-of date and thresholds.
 * Everything a lever or a tier changes is computed from these in TypeScript, without SQL.
 */
class SimulatorCache {
  private dataKey = '';
  private data: SimData | null = null;
  private groups = new Map<string, GroupPart[]>();
  private queue: Promise<unknown> = Promise.resolve();

  /** Runs one load after the previous one, so two views of the same tables never interleave. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.catch(() => undefined).then(task);
    this.queue = next;
    return next;
  }

  load(asOf: string, thresholds: LifecycleThresholds): Promise<SimData> {
    return this.serial(async () => {
      const key = `${dataset.version}|${asOf}|${JSON.stringify(thresholds)}`;
      if (this.data && this.dataKey === key) return this.data;
      let t = performance.now();
      await tables.ensure('sim_orders');
      const build = performance.now() - t;
      t = performance.now();
      const engine = await tables.ensure(['customer_summary', 'sim_members'], { asOf, thresholds });
      const orders = await replayOrders(engine, asOf);
      const fetch = performance.now() - t;
      t = performance.now();
      const measures = await simMeasures(engine, asOf, thresholds);
      this.data = { orders, measures, timing: { build, fetch, measures: performance.now() - t } };
      this.dataKey = key;
      this.groups.clear();
      return this.data;
    });
  }

  /** A win-back group's customers by status, from the customers list's table. */
  group(asOf: string, thresholds: LifecycleThresholds, group: WinbackGroupKey): Promise<GroupPart[]> {
    return this.serial(async () => {
      const key = `${dataset.version}|${asOf}|${JSON.stringify(thresholds)}|${group}`;
      const cached = this.groups.get(key);
      if (cached) return cached;
      const engine = await tables.ensure('customer_table', { asOf, thresholds, trendMonths: TREND_MONTHS });
      const parts = await winbackGroup(engine, isStatusGroup(group) ? { status: group } : { segment: group });
      this.groups.set(key, parts);
      return parts;
    });
  }
}

/** The spend-trend span the customers list is built with for the win-back export (its default). */
export const TREND_MONTHS = 3;

export const simulatorCache = new SimulatorCache();
