import type { Db } from './db';
import spendTrendSql from './sql/spend-trend.sql?raw';

export type SpendDirection = 'fell' | 'rose';

export interface SpendTrendQuery {
  asOf: string;
  /** Window length N in months of 30.4375 days (need not be whole). */
  months: number;
  direction: SpendDirection;
  limit?: number;
  offset?: number;
}

export interface SpendTrendRow extends Record<string, unknown> {
  customer_id: string;
  /** Revenue in (as-of − N months, as-of]. */
  recent: number;
  /** Revenue in the N months before that. */
  previous: number;
  /** recent − previous. */
  change: number;
  /** change / previous; null when previous is 0. */
  change_share: number | null;
  /** Customers whose spend moved in this direction (the same on every row), for paging. */
  matches: number;
}

/** Customers whose spend fell (or rose) between the two windows, biggest change first. */
export function spendTrend(db: Db, q: SpendTrendQuery): Promise<SpendTrendRow[]> {
  return db.query<SpendTrendRow>(spendTrendSql, [q.asOf, q.months, q.direction, q.limit ?? 100, q.offset ?? 0]);
}
