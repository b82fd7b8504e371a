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
}

export interface DatasetRange {
  first_date: string | null;
  last_date: string | null;
  customers: number;
  orders: number;
}

export function monthly(db: Db, window: ReportWindow): Promise<MonthRow[]> {
  return db.query<MonthRow & Record<string, unknown>>(monthlySql, [window.start, window.end]);
}

export async function datasetRange(db: Db): Promise<DatasetRange> {
  const [row] = await db.query<DatasetRange & Record<string, unknown>>(rangeSql);
  return row;
}
