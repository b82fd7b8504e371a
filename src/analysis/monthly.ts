import type { Db } from './db';
import type { ReportWindow } from './kpis';
import monthlySql from './sql/monthly.sql?raw';
import rangeSql from './sql/dataset-range.sql?raw';

export interface MonthRow {
  month: string;
  revenue: number;
  orders: number;
  active_customers: number;
  new_customers: number;
  returning_customers: number;
  /** The as-of month when the window ends before its last day. */
  partial: boolean;
}

export interface DatasetRange {
  first_date: string | null;
  last_date: string | null;
  customers: number;
  orders: number;
}

export async function monthly(db: Db, window: ReportWindow): Promise<MonthRow[]> {
  const rows = await db.query<MonthRow & Record<string, unknown>>(monthlySql, [window.start, window.end]);
  return rows.map((row) => ({ ...row, partial: row.month === window.end.slice(0, 7) && !isMonthEnd(window.end) }));
}

function isMonthEnd(iso: string): boolean {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

export async function datasetRange(db: Db): Promise<DatasetRange> {
  const [row] = await db.query<DatasetRange & Record<string, unknown>>(rangeSql);
  return row;
}
