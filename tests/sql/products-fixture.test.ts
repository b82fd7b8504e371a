import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/analysis/db';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/lifecycle';
import { ensure } from '../../src/analysis/tables';
import { customerPage } from '../../src/analysis/customers';
import {
  productCustomers, productHistory, productSummary, productTable, type ProductRow,
} from '../../src/analysis/products';
import { nodeDb } from './node-db';
import { loadFixture } from './fixture-load';
import { productReference, toDay, type RefLine, type RefOrder } from './product-reference';

const AS_OF = JSON.parse(readFileSync(new URL('../fixtures/expected/fixture_online_retail_lifecycle.json', import.meta.url), 'utf8')).as_of as string;
/** The fixture is a 1-in-20 sample of customers: no StockCode has 20 regulars, the most has 16. */
const MIN = 5;

describe('product churn on the UCI fixture (product = StockCode) against an independent TypeScript reference', () => {
  let db: Db & { close(): void };
  let rows: ProductRow[];
  let ref: ReturnType<typeof productReference>;
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
    await ensure(db, 'product_regulars', { asOf: AS_OF, thresholds: DEFAULT_THRESHOLDS, level: 'product' });
    const summary = await productSummary(db, AS_OF, DEFAULT_THRESHOLDS);
    rows = await productTable(db, AS_OF, MIN, summary.store_share);
    const orders = (await db.query<{ c: string; o: string; d: string; r: number }>(
      `SELECT customer_id c, order_id o, order_date::VARCHAR d, revenue::DOUBLE r FROM orders`,
    )).map((o): RefOrder => ({ customer: o.c, order: o.o, day: toDay(o.d), revenue: o.r }));
    const lines = (await db.query<{ c: string; o: string; p: string; d: string; price: number | null; a: number; q: number | null }>(
      `SELECT customer_id c, order_id o, product p, order_date::VARCHAR d, unit_price::DOUBLE price, amount::DOUBLE a,
        quantity::DOUBLE q FROM purchases WHERE product IS NOT NULL`,
    )).map((l): RefLine => ({
      customer: l.c, order: l.o, product: l.p.trim().toLowerCase(), lineDay: toDay(l.d),
      price: l.price ?? (l.q ? l.a / l.q : null),
    }));
    ref = productReference(orders, lines, toDay(AS_OF));
  });
  afterAll(() => db.close());

  it('lists every StockCode with ≥ 5 regulars with the reference regulars, lapsed, switchers, spend and lift', async () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const r = ref.product(row.key);
      expect([row.name, row.regulars, row.lapsed, row.switchers, row.buyers]).toEqual([row.name, r.regulars, r.lapsed, r.switchers, r.buyers]);
      expect(row.lapsed_revenue, row.name).toBeCloseTo(r.lapsedRevenue, 6);
      expect(row.lift, row.name).toBeCloseTo(r.lift, 12);
    }
    // and nothing is missing: the reference finds the same products with ≥ 5 regulars
    const keys = new Set(rows.map((r) => r.key));
    const bought = await db.query<{ k: string }>(`SELECT DISTINCT key k FROM product_days`);
    expect(bought.map((b) => b.k).filter((k) => ref.product(k).regulars >= MIN).sort()).toEqual([...keys].sort());
  });

  it('keeps the invariants: shares in [0, 1], regulars ≤ buyers, lapsed and switchers apart, ranked by lift', async () => {
    for (const [i, row] of rows.entries()) {
      expect(row.lapsed_share).toBeGreaterThanOrEqual(0);
      expect(row.lapsed_share).toBeLessThanOrEqual(1);
      expect(row.regulars).toBeLessThanOrEqual(row.buyers);
      expect(row.lapsed + row.switchers).toBeLessThanOrEqual(row.regulars);
      if (i > 0) expect(row.lift!).toBeLessThanOrEqual(rows[i - 1].lift!);
    }
    const [both] = await db.query<{ n: number }>('SELECT count(*)::INTEGER n FROM product_regulars WHERE lapsed AND switcher');
    expect(both.n).toBe(0);
  });

  it('finds the reference price steps and lapse rates for the products with most regulars', async () => {
    const top = [...rows].sort((a, b) => b.regulars - a.regulars || a.key.localeCompare(b.key)).slice(0, 12);
    let seen = 0;
    for (const row of top) {
      const { steps } = await productHistory(db, 'product', row.name, AS_OF, DEFAULT_THRESHOLDS.lost);
      const expected = ref.steps(row.key);
      expect(steps.map((s) => s.month), row.name).toEqual(expected.map((s) => s.month));
      steps.forEach((s, i) => {
        const e = expected[i];
        expect(s.change).toBeCloseTo(e.change, 12);
        expect([s.before_watched, s.before_lapsed, s.after_watched, s.after_lapsed], `${row.name} ${s.month}`).toEqual([
          e.before.watched, e.before.lapsed, e.after.watched, e.after.lapsed,
        ]);
      });
      seen += steps.length;
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('hands the customers table the same lapsed regulars and switchers', async () => {
    await ensure(db, 'customer_table', { asOf: AS_OF, thresholds: DEFAULT_THRESHOLDS, trendMonths: 3 });
    const withBoth = rows.find((r) => r.lapsed > 0 && r.switchers > 0)!;
    for (const who of ['lapsed', 'switchers', 'regulars'] as const) {
      const listed = await productCustomers(db, withBoth.name, who, null);
      const page = await customerPage(db, { product: { name: withBoth.name, who } }, { key: 'customer_id', descending: false }, null);
      expect(page.map((c) => c.customer_id)).toEqual(listed.map((c) => c.customer_id).sort());
      expect(page[0].matches).toBe(listed.length);
    }
    // other filters still apply on top
    const lost = await customerPage(db, { status: 'lost', product: { name: withBoth.name, who: 'lapsed' } }, { key: 'customer_id', descending: false }, null);
    expect(lost.every((c) => c.status === 'lost')).toBe(true);
  });
});
