/**
 * Repeat timing on the UCI fixture against figures derived here, in plain TypeScript, from the cleaned lines
 * (`purchases`) — not from purchase_days or any of the app's timing SQL: each customer's distinct purchase
 * dates, then DESIGN §3c's definitions word for word.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/analysis/db';
import { buildPurchaseDays } from '../../src/analysis/purchase-days';
import { gapBins, returnRows, type GapBin, type ReturnRow } from '../../src/analysis/timing';
import { nodeDb } from './node-db';
import { loadFixture } from './fixture-load';

const AS_OF = '2011-12-09';
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('repeat timing on the UCI fixture', () => {
  let db: Db & { close(): void };
  let days: Map<string, number[]>;
  let gaps: GapBin[];
  let rows: ReturnRow[];
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
    await buildPurchaseDays(db);
    const lines = await db.query<{ customer_id: string; d: string }>('SELECT customer_id, strftime(order_ts, \'%Y-%m-%d\') AS d FROM purchases');
    days = new Map();
    for (const { customer_id, d } of lines) (days.get(customer_id) ?? days.set(customer_id, []).get(customer_id)!).push(dayNumber(d));
    for (const [id, list] of days) days.set(id, [...new Set(list)].sort((a, b) => a - b));
    gaps = await gapBins(db, AS_OF);
    rows = await returnRows(db, AS_OF);
  });
  afterAll(() => db.close());

  it('has the days-to-second and second-to-third distributions, and their medians', () => {
    const edges = [0, 8, 15, 22, 31, 46, 61, 91, 121, 181, 271, 366];
    for (const step of [2, 3] as const) {
      const values = [...days.values()].filter((l) => l.length >= step).map((l) => l[step - 1] - l[step - 2]).sort((a, b) => a - b);
      const expected = edges.map((from, i) => values.filter((v) => v >= from && (i === edges.length - 1 || v < edges[i + 1])).length);
      const bins = gaps.filter((g) => g.step === step);
      expect(bins.map((b) => b.bin_from)).toEqual(edges);
      expect(bins.map((b) => b.customers)).toEqual(expected);
      const m = values.length / 2;
      const median = values.length % 2 ? values[Math.floor(m)] : (values[m - 1] + values[m]) / 2;
      expect(step === 2 ? rows[0].median_days_to_second : rows[0].median_days_to_third).toBe(median);
      expect(values.length).toBeGreaterThan(50);
    }
  });

  it('has the 30 / 90 / 365-day return shares of every cohort and of all, blank where no customer is old enough', () => {
    const asOf = dayNumber(AS_OF);
    const cohortOf = (first: number) => new Date(first * 86_400_000).toISOString().slice(0, 7);
    const groups = new Map<string | null, number[][]>([[null, [...days.values()]]]);
    for (const list of days.values()) (groups.get(cohortOf(list[0])) ?? groups.set(cohortOf(list[0]), []).get(cohortOf(list[0]))!).push(list);
    expect(rows.map((r) => r.cohort)).toEqual([null, ...[...groups.keys()].filter((k) => k !== null).sort()]);
    let blanks = 0;
    for (const row of rows) {
      const group = groups.get(row.cohort)!;
      expect(row.customers).toBe(group.length);
      for (const n of [30, 90, 365] as const) {
        const old = group.filter((l) => l[0] <= asOf - n);
        const back = old.filter((l) => l.length > 1 && l[1] <= l[0] + n).length;
        const rate = row[`rate_${n}`];
        if (old.length === 0) {
          expect(rate, `${row.cohort} ${n}`).toBeNull();
          blanks++;
        } else expect(rate, `${row.cohort} ${n}`).toBeCloseTo(back / old.length, 12);
      }
    }
    expect(blanks).toBeGreaterThan(0); // the fixture spans a year: its 2011 cohorts are too young for 365 days
  });
});
