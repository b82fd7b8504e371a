import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCustomerTable, customerPage, type CustomerSort } from '../../src/analysis/customers';
import { buildCustomerSummary } from '../../src/analysis/purchase-days';
import { buildRfm } from '../../src/analysis/rfm';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/lifecycle';
import type { Db } from '../../src/analysis/db';
import { day, ordersDb, type OrderSpec } from './lifecycle-datasets';

// Offsets are days before the as-of date 2024-06-30 (negative = after it).
const AS_OF = '2024-06-30';
const ago = (customer: string, daysAgo: number, revenue: string): OrderSpec => [customer, -daysAgo, revenue];
const FELL_FIRST: CustomerSort = { key: 'trend', descending: false };
const ROSE_FIRST: CustomerSort = { key: 'trend', descending: true };

describe('spend trend in the customers list: the last N months against the N months before', () => {
  let db: Db & { close(): void };
  const trend = async (months: number, direction: 'fell' | 'rose', limit: number | null = null, offset = 0) => {
    await buildCustomerTable(db, AS_OF, DEFAULT_THRESHOLDS, months);
    const rows = await customerPage(db, { trend: direction }, direction === 'fell' ? FELL_FIRST : ROSE_FIRST, limit, offset);
    return rows.map((r) => [r.customer_id, r.recent, r.previous, r.matches]);
  };
  beforeAll(async () => {
    db = await ordersDb([
      ago('faller', 0, '5.00'), ago('faller', 31, '40.00'), ago('faller', 60, '10.00'), ago('faller', -1, '1000.00'),
      ago('edge', 30, '7.00'), ago('edge', 61, '100.00'),
      ago('riser', 10, '30.00'), ago('riser', 45, '20.00'),
      ago('flat', 5, '10.00'), ago('flat', 40, '10.00'),
      ago('gone', 50, '15.00'),
      ago('old', 200, '99.00'),
    ], AS_OF);
    await buildCustomerSummary(db, AS_OF);
    await buildRfm(db, AS_OF);
  });
  afterAll(() => db.close());

  it('one month: recent = 0–30 days ago (< 30.4375), previous = 31–60 (< 60.875)', async () => {
    // faller 5 vs 40 + 10 (the order after the as-of date is ignored); gone 0 vs 15;
    // riser 30 vs 20; edge 7 vs 0 (61 days ago is outside both); flat 10 vs 10 moves neither way
    expect(await trend(1, 'fell')).toEqual([
      ['faller', 5, 50, 2],
      ['gone', 0, 15, 2],
    ]);
    expect(await trend(1, 'rose')).toEqual([
      ['riser', 30, 20, 2],
      ['edge', 7, 0, 2],
    ]);
  });

  it('two months: recent = 0–60 days ago (< 60.875), previous = 61–121 (< 121.75); pages', async () => {
    // edge 7 vs 100 fell; faller 55, riser 50, flat 20, gone 15 rose from 0; old (200 days) in neither
    expect(await trend(2, 'fell')).toEqual([['edge', 7, 100, 1]]);
    expect(await trend(2, 'rose', 2, 1)).toEqual([
      ['riser', 50, 0, 4],
      ['flat', 20, 0, 4],
    ]);
    expect(day(-61, AS_OF)).toBe('2024-04-30');
  });
});
