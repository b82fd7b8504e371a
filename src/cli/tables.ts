/**
 * `--tables DIR`: the per-customer table for a CRM, as Parquet: the customers list's columns (customer-table-build.sql:
 * status, RFM, spend trend) and the customer-value model's P(alive), expected purchases and CLV (the LTV view's
 * BG/NBD + Gamma-Gamma fit, src/analysis/btyd, run in this process instead of a worker).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { sqlString } from '../analysis/db';
import { buildCustomerTable } from '../analysis/customers';
import { loadModelData } from '../analysis/model-data';
import { runBtydJob } from '../analysis/btyd/jobs';
import type { LifecycleThresholds } from '../analysis/lifecycle';
import type { NodeEngine } from './node-engine';

/** The spend trend's span in months, as in the customers list (state/simulator.svelte.ts TREND_MONTHS). */
const TREND_MONTHS = 3;

export interface TablesResult {
  file: string;
  customers: number;
  /** Why the model columns are empty, when the fit failed (e.g. too few repeat customers). */
  modelProblem: string | null;
}

export async function writeCustomerTable(
  engine: NodeEngine,
  dir: string,
  { asOf, thresholds, margin }: { asOf: string; thresholds: LifecycleThresholds; margin: number },
): Promise<TablesResult> {
  await buildCustomerTable(engine, asOf, thresholds, TREND_MONTHS);
  await engine.query(
    'CREATE OR REPLACE TABLE clv_scores (customer_id VARCHAR, p_alive DOUBLE, expected_purchases_12m DOUBLE, expected_value DOUBLE, clv_12m DOUBLE)',
  );
  let modelProblem: string | null = null;
  try {
    const data = await loadModelData(engine, asOf);
    const { scores } = runBtydJob({ kind: 'ltv', input: data, clv: { margin } });
    const appender = await engine.connection.createAppender('clv_scores');
    data.ids.forEach((id, i) => {
      appender.appendVarchar(id);
      appender.appendDouble(scores.pAlive[i]);
      appender.appendDouble(scores.expectedPurchases[i]);
      appender.appendDouble(scores.expectedValue[i]);
      appender.appendDouble(scores.clv[i]);
      appender.endRow();
    });
    appender.closeSync();
  } catch (error) {
    modelProblem = error instanceof Error ? error.message : String(error);
  }
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'customers.parquet');
  await engine.query(
    `COPY (SELECT t.*, s.* EXCLUDE (customer_id) FROM customer_table t LEFT JOIN clv_scores s USING (customer_id)
           ORDER BY t.revenue DESC, t.customer_id) TO ${sqlString(path.resolve(file))} (FORMAT parquet)`,
  );
  const [{ n }] = await engine.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM customer_table');
  return { file, customers: n, modelProblem };
}
