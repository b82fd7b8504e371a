import { startEngine, type Engine } from '../engine/engine';
import { buildCustomerSummary, buildPurchaseDays } from '../analysis/purchase-days';
import { buildRfm } from '../analysis/rfm';
import { buildCohorts } from '../analysis/cohorts';
import { dataset } from './dataset.svelte';

/**
 * The per-customer tables every analysis view reads (`purchase_days`, `cohort_orders`,
 * `customer_first_products`, `customer_summary`, `rfm_customers`),
 * built once per dataset version and as-of date instead of per view, so switching views stays fast.
 */
class Derived {
  private daysVersion = -1;
  private key = '';
  private pending: Promise<void> = Promise.resolve();

  /** The engine, once the tables for the current data and this as-of date exist. */
  async ready(asOf: string): Promise<Engine> {
    const engine = await startEngine();
    const key = `${dataset.version}|${asOf}`;
    if (key !== this.key) {
      this.key = key;
      const version = dataset.version;
      this.pending = this.pending.then(async () => {
        if (this.daysVersion !== version) {
          await buildPurchaseDays(engine);
          await buildCohorts(engine);
          this.daysVersion = version;
        }
        await buildCustomerSummary(engine, asOf);
        await buildRfm(engine, asOf);
      });
    }
    await this.pending;
    return engine;
  }
}

export const derived = new Derived();
