import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spendTrend } from '../../src/analysis/spend-trend';
import type { Db } from '../../src/analysis/db';
import { day, ordersDb, type OrderSpec } from './lifecycle-datasets';

// Offsets are days before the as-of date 2024-06-30 (negative = after it).
const AS_OF = '2024-06-30';
const ago = (customer: string, daysAgo: number, revenue: string): OrderSpec => [customer, -daysAgo, revenue];

describe('spend trend: the last N months against the N months before', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await ordersDb([
      ago('faller', 0, '5.00'), ago('faller', 31, '40.00'), ago('faller', 60, '10.00'), ago('faller', -1, '1000.00'),
      ago('edge', 30, '7.00'), ago('edge', 61, '100.00'),
      ago('riser', 10, '30.00'), ago('riser', 45, '20.00'),
      ago('flat', 5, '10.00'), ago('flat', 40, '10.00'),
      ago('gone', 50, '15.00'),
      ago('old', 200, '99.00'),
    ], AS_OF);
  });
  afterAll(() => db.close());

  it('one month: recent = 0–30 days ago (< 30.4375), previous = 31–60 (< 60.875)', async () => {
    // faller 5 vs 40 + 10 (the order after the as-of date is ignored); gone 0 vs 15;
    // riser 30 vs 20; edge 7 vs 0 (61 days ago is outside both); flat 10 vs 10 moves neither way
    expect(await spendTrend(db, { asOf: AS_OF, months: 1, direction: 'fell' })).toEqual([
      { customer_id: 'faller', recent: 5, previous: 50, change: -45, change_share: -0.9, matches: 2 },
      { customer_id: 'gone', recent: 0, previous: 15, change: -15, change_share: -1, matches: 2 },
    ]);
    expect(await spendTrend(db, { asOf: AS_OF, months: 1, direction: 'rose' })).toEqual([
      { customer_id: 'riser', recent: 30, previous: 20, change: 10, change_share: 0.5, matches: 2 },
      { customer_id: 'edge', recent: 7, previous: 0, change: 7, change_share: null, matches: 2 },
    ]);
  });

  it('two months: recent = 0–60 days ago (< 60.875), previous = 61–121 (< 121.75); pages', async () => {
    // edge 7 vs 100 fell; faller 55, riser 50, flat 20, gone 15 rose from 0; old (200 days) in neither
    const fell = await spendTrend(db, { asOf: AS_OF, months: 2, direction: 'fell' });
    expect(fell.map((r) => [r.customer_id, r.change])).toEqual([['edge', -93]]);
    const rose = await spendTrend(db, { asOf: AS_OF, months: 2, direction: 'rose', limit: 2, offset: 1 });
    expect(rose.map((r) => [r.customer_id, r.recent, r.previous, r.matches])).toEqual([
      ['riser', 50, 0, 4],
      ['flat', 20, 0, 4],
    ]);
    expect(day(-61, AS_OF)).toBe('2024-04-30');
  });
});
