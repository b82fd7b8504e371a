/**
 * What the snapshot-able views read when they open at their default choices — the same calls, with the same
 * parameters, as the overview, cohorts, lifecycle, churn and RFM loaders make (each view's load.ts), so a snapshot
 * recorded here replays in the web app exactly like one the browser recorded. A view that starts reading
 * something new must be added here too: the e2e test that opens a CLI snapshot in every view catches it.
 */
import type { Db } from '../analysis/db';
import type { ReportWindow } from '../analysis/kpis';
import { windowTotals } from '../analysis/kpis';
import { monthly } from '../analysis/monthly';
import { cohortCells, firstProducts } from '../analysis/cohorts';
import { statusAt, statusMix, type LifecycleThresholds } from '../analysis/lifecycle';
import { churnOverTime, pooledChurnRate } from '../analysis/churn';
import { rfmSegments } from '../analysis/rfm';

export interface ViewScope {
  asOf: string;
  window: ReportWindow;
  thresholds: LifecycleThresholds;
}

/** Runs every view's reading queries through `db` (a recording engine); returns the figures the CLI prints. */
export async function readViews(db: Db, { asOf, window, thresholds }: ViewScope) {
  const totals = await windowTotals(db, window); // overview
  const months = await monthly(db, window);
  const products = await firstProducts(db, asOf); // cohorts
  const cells = await cohortCells(db, { asOf, grain: 'month', firstProduct: null });
  const status = await statusAt(db, asOf, thresholds); // lifecycle
  const mix = await statusMix(db, window, thresholds);
  const churn = await churnOverTime(db, window, thresholds); // churn
  const pooled = await pooledChurnRate(db, asOf, thresholds);
  await monthly(db, window);
  const segments = await rfmSegments(db); // rfm
  return { totals, months, products, cells, status, mix, churn, pooled, segments };
}

export type ViewFigures = Awaited<ReturnType<typeof readViews>>;
