import type { Db } from './db';
import buildSql from './sql/rfm-build.sql?raw';
import segmentsSql from './sql/rfm-segments.sql?raw';
import customersSql from './sql/rfm-customers.sql?raw';

/** DESIGN §3's RFM segments in rule order, then the catch-all; also the `data-segment` attribute values. */
export const RFM_SEGMENTS = [
  'Champions',
  'Loyal Customers',
  'New Customers',
  'Promising',
  'Potential Loyalist',
  'Need Attention',
  'About To Sleep',
  "Can't Lose Them",
  'At Risk',
  'Lost',
  'Other',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

export interface RfmCustomer {
  customer_id: string;
  last_date: string;
  /** Calendar days from the last order date to the as-of date. */
  recency_days: number;
  /** Orders (not purchase days). */
  frequency: number;
  monetary: number;
  /** Scores 1–5, 5 best. */
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
}

export interface RfmSegmentRow {
  segment: RfmSegment;
  customers: number;
  revenue: number;
  customer_share: number;
  /** Null when the scored customers have no revenue at all. */
  revenue_share: number | null;
}

export interface RfmPage {
  segment?: RfmSegment | null;
  limit: number;
  offset?: number;
}

/** (Re)scores every customer as of the date into table `rfm_customers`; run again when data or as-of change. */
export async function buildRfm(db: Db, asOf: string): Promise<void> {
  await db.query(buildSql, [asOf]);
}

/** Every segment in RFM_SEGMENTS order, empty ones with zeros. Needs buildRfm first. */
export async function rfmSegments(db: Db): Promise<RfmSegmentRow[]> {
  const rows = await db.query<RfmSegmentRow & Record<string, unknown>>(segmentsSql);
  const bySegment = new Map(rows.map((row) => [row.segment, row]));
  const anyRevenue = rows.some((row) => row.revenue_share !== null);
  return RFM_SEGMENTS.map(
    (segment) =>
      bySegment.get(segment) ?? { segment, customers: 0, revenue: 0, customer_share: 0, revenue_share: anyRevenue ? 0 : null },
  );
}

/** A page of scored customers, biggest spenders first (ties by customer id). Needs buildRfm first. */
export function rfmCustomers(db: Db, page: RfmPage): Promise<RfmCustomer[]> {
  return db.query<RfmCustomer & Record<string, unknown>>(customersSql, [page.segment ?? null, page.limit, page.offset ?? 0]);
}
