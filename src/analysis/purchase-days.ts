import { runScript, type Db } from './db';
import macrosSql from './sql/lifecycle-macros.sql?raw';
import purchaseDaysSql from './sql/purchase-days.sql?raw';
import statusAtSql from './sql/status-at-macro.sql?raw';
import customerSummarySql from './sql/purchase-days-customers.sql?raw';
import storeIntervalSql from './sql/purchase-days-store-interval.sql?raw';

/**
 * Defines the lifecycle macros and (re)builds table `purchase_days` from `orders`, then the `ottok_status_at`
 * table macro over it. Every lifecycle, churn, win-back and spend-trend query reads it: run after each (re)build
 * of `orders`.
 */
export async function buildPurchaseDays(db: Db): Promise<void> {
  await runScript(db, macrosSql);
  await db.query(purchaseDaysSql);
  await db.query(statusAtSql);
}

/** (Re)builds table `customer_summary` from the purchase days up to the as-of date; run when either changes. */
export async function buildCustomerSummary(db: Db, asOf: string): Promise<void> {
  await db.query(customerSummarySql, [asOf]);
}

export interface StoreInterval {
  /** Median gap in days between consecutive purchase days, all repeat customers pooled; null without any. */
  i_store: number | null;
  gaps: number;
}

export async function storeInterval(db: Db, date: string): Promise<StoreInterval> {
  const [row] = await db.query<StoreInterval & Record<string, unknown>>(storeIntervalSql, [date]);
  return row;
}
