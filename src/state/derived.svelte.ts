import { startEngine, type Engine } from '../engine/engine';
import { buildCustomerSummary, buildPurchaseDays } from '../analysis/purchase-days';
import { buildRfm } from '../analysis/rfm';
import { buildCohorts } from '../analysis/cohorts';
import { buildCustomerTable } from '../analysis/customers';
import type { LifecycleThresholds } from '../analysis/lifecycle';
import { buildProductDays, buildProductRegulars, type ProductLevel } from '../analysis/products';
import { dataset } from './dataset.svelte';

/**
 * The per-customer tables every analysis view reads (`purchase_days`, `cohort_orders`,
 * `customer_first_products`, `customer_summary`, `rfm_customers`, `customer_table`, the `product_*` tables),
 * built once per dataset version and settings instead of per view, so switching views stays fast. Builds run
 * one after another; a failed build is retried on the next request.
 */
class Derived {
  private built = { days: '', asOf: '', table: '', productDays: '', productRegulars: '' };
  private queue: Promise<void> = Promise.resolve();

  private step(part: keyof Derived['built'], key: string, build: () => Promise<void>): Promise<void> {
    this.queue = this.queue
      .catch(() => undefined)
      .then(async () => {
        if (this.built[part] === key) return;
        this.built[part] = '';
        await build();
        this.built[part] = key;
      });
    return this.queue;
  }

  /** The engine, once the tables for the current data and this as-of date exist. */
  async ready(asOf: string): Promise<Engine> {
    const engine = await startEngine();
    const version = String(dataset.version);
    await this.step('days', version, async () => {
      await buildPurchaseDays(engine);
      await buildCohorts(engine);
    });
    await this.step('asOf', `${version}|${asOf}`, async () => {
      await buildCustomerSummary(engine, asOf);
      await buildRfm(engine, asOf);
    });
    return engine;
  }

  /** The engine once `customer_table` (the customers list) exists for these settings too. */
  async customerTable(asOf: string, thresholds: LifecycleThresholds, trendMonths: number): Promise<Engine> {
    const engine = await this.ready(asOf);
    const key = `${dataset.version}|${asOf}|${JSON.stringify(thresholds)}|${trendMonths}`;
    await this.step('table', key, () => buildCustomerTable(engine, asOf, thresholds, trendMonths));
    return engine;
  }

  /** The engine once `product_days`, `product_names` and `product_regulars` exist for this level too. */
  async products(asOf: string, thresholds: LifecycleThresholds, level: ProductLevel): Promise<Engine> {
    const engine = await this.ready(asOf);
    const version = String(dataset.version);
    await this.step('productDays', `${version}|${level}`, () => buildProductDays(engine, level));
    const key = `${version}|${level}|${asOf}|${JSON.stringify(thresholds)}`;
    await this.step('productRegulars', key, () => buildProductRegulars(engine, asOf, thresholds));
    return engine;
  }
}

export const derived = new Derived();
