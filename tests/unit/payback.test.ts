/**
 * Acquisition cost and payback (DESIGN §3c) on hand-built cohorts, the spend's hash form and the pasted CSV.
 * Margin 30 % throughout; every expected figure is worked out in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { CohortCell } from '../../src/analysis/cohorts';
import { averageMaxCac, formatSpend, parseAmount, parseMonth, parseSpend, parseSpendCsv, paybackRows } from '../../src/analysis/payback';
import { decodeHash, encodeHash } from '../../src/share/hash-codec';
import { isShareKey } from '../../src/share/hash-keys';

/** Month cells of one cohort from its revenue per month k = 0, 1, … (only what paybackRows reads is real). */
function cohort(month: string, size: number, revenue: number[]): CohortCell[] {
  let cumulative = 0;
  return revenue.map((r, period) => {
    cumulative += r;
    return {
      cohort: month, cohort_start: `${month}-01`, period, period_start: '', cohort_size: size, customers: 0, orders: 0, partial: false,
      retention: 0, revenue: r, revenue_per_customer: r / size, cumulative_revenue_per_customer: cumulative / size,
      revenue_retention: null, orders_per_customer: 0,
    };
  });
}

describe('payback per cohort', () => {
  // as of 2025-01-15: 2024-01 has months 0 … 12 (12 partial), 2024-11 has 0 … 2
  const cells = [
    // 2 customers, 1000 in month 0: profit per customer 0.3 · 1000 / 2 = 150, then +15 a month
    ...cohort('2024-01', 2, [1000, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]),
    // 4 customers, 400 a month: 30 per customer per month
    ...cohort('2024-11', 4, [400, 400, 400]),
  ];
  const spend = { '2024-01': 200, '2024-11': 1000, '2024-12': 500, '2025-01': 0 };
  const rows = paybackRows(cells, spend, 0.3, '2025-01-15');
  const row = (m: string) => rows.find((r) => r.cohort === m)!;

  it('pays back in month 0 when the first month’s profit already covers the CAC', () => {
    const jan = row('2024-01');
    expect(jan.cac).toBe(100); // 200 / 2
    expect(jan.profit.slice(0, 3)).toEqual([150, 165, 180].map((p) => expect.closeTo(p, 9)));
    expect(jan.payback_month).toBe(0);
    // months 0 … 11 complete: profit after 11 months = 150 + 11 · 15 = 315; LTV:CAC = 3.15
    expect(jan.ltv_cac_12).toBeCloseTo(3.15, 12);
    expect(jan.max_cac_6).toBeCloseTo(150 + 5 * 15, 12);
    expect(jan.max_cac_12).toBeCloseTo(315, 12);
  });

  it('says "not yet" (null) while the profit is below the CAC, and leaves 12-month figures blank for a young cohort', () => {
    const nov = row('2024-11');
    expect(nov.cac).toBe(250); // 1000 / 4
    expect(nov.profit).toEqual([30, 60, 90].map((p) => expect.closeTo(p, 9)));
    expect(nov.payback_month).toBeNull();
    expect([nov.ltv_cac_12, nov.max_cac_6, nov.max_cac_12]).toEqual([null, null, null]);
  });

  it('a month with spend but no new customers has a row with no CAC; a month without typed spend has no CAC either', () => {
    const dec = row('2024-12');
    expect([dec.customers, dec.spend, dec.cac, dec.payback_month, dec.profit]).toEqual([0, 500, null, null, []]);
    expect(row('2025-01').cac).toBeNull(); // spend 0 typed, nobody new
    const none = paybackRows(cells, {}, 0.3, '2025-01-15');
    expect(none.map((r) => [r.cohort, r.cac, r.payback_month])).toEqual([['2024-01', null, null], ['2024-11', null, null]]);
  });

  it('spend of 0 with new customers: CAC 0, paid back at once, no LTV:CAC ratio', () => {
    const [jan] = paybackRows(cells, { '2024-01': 0 }, 0.3, '2025-01-15');
    expect([jan.cac, jan.payback_month, jan.ltv_cac_12]).toEqual([0, 0, null]);
  });

  it('the most a customer may cost, over the cohorts that can tell, weighted by new customers', () => {
    expect(averageMaxCac(rows, 6)).toBeCloseTo(225, 12); // only 2024-01 is 6 months old
    const both = paybackRows([...cells, ...cohort('2024-02', 6, [600, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])], {}, 0.3, '2025-01-15');
    // 2024-02: 0.3 · 600 / 6 = 30 → (2 · 225 + 6 · 30) / 8
    expect(averageMaxCac(both, 6)).toBeCloseTo((2 * 225 + 6 * 30) / 8, 12);
  });

  it('a month counts as complete on its last day', () => {
    const [jan] = paybackRows(cohort('2024-01', 1, [10, 10, 10, 10, 10, 10]), { '2024-01': 1 }, 1, '2024-06-30');
    expect(jan.max_cac_6).toBe(60);
    const [early] = paybackRows(cohort('2024-01', 1, [10, 10, 10, 10, 10, 10]), { '2024-01': 1 }, 1, '2024-06-29');
    expect(early.max_cac_6).toBeNull();
  });
});

describe('spend in the link and from a pasted table', () => {
  it('round-trips `spend=YYYY-MM:amount,…` through the share link; bad entries are left out', () => {
    expect(formatSpend({ '2011-02': 2000.5, '2011-01': 1500 })).toBe('2011-01:1500,2011-02:2000.5');
    expect(parseSpend('2011-01:1500,2011-13:5,2011-02:-1,bad,2011-03:,2011-04:12.25')).toEqual({ '2011-01': 1500, '2011-04': 12.25 });
    const hash = encodeHash({ view: 'timing', filters: {}, settings: { spend: { '2011-01': 1500, '2011-02': 2000 } } });
    expect(hash).toContain('spend=2011-01%3A1500%2C2011-02%3A2000');
    expect(decodeHash(hash, isShareKey).settings.spend).toEqual({ '2011-01': 1500, '2011-02': 2000 });
    expect(decodeHash(hash, isShareKey).filters).toEqual({});
  });

  it('reads months and amounts as people write them', () => {
    expect(['2011-01', '2011-1', '2011-01-15', '01.2011', '15.01.2011', '2011/01', '2011-13', 'Jan'].map(parseMonth)).toEqual([
      '2011-01', '2011-01', '2011-01', '2011-01', '2011-01', '2011-01', null, null,
    ]);
    expect(['1 234,56', '1,234.56', '1234.5', '₽ 500', '1\u00a0500', '12,5', '-5', 'abc'].map(parseAmount)).toEqual([
      1234.56, 1234.56, 1234.5, 500, 1500, 12.5, null, null,
    ]);
  });

  it('takes a `month;spend;channel` table with a header, adds channels up per month, and names the lines it could not read', () => {
    const read = parseSpendCsv('\ufeffmonth;spend;channel\n2011-01;1 000,50;ads\n2011-01;500;email\n\n2011-02;2000\nfoo;bar\n2011-03;lots\n');
    expect(read.spend).toEqual({ '2011-01': 1500.5, '2011-02': 2000 });
    expect(read.channels).toEqual(['ads', 'email']);
    expect(read.badLines).toEqual([6, 7]);
    expect(parseSpendCsv('2011-01\t700').spend).toEqual({ '2011-01': 700 });
  });
});
