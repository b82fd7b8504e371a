/**
 * CDNOW sample (Fader, Hardie & Lee 2005): the mapping must be guessed right without correction, and the
 * KPIs must match figures computed here from the CSV with plain JS (DESIGN §2: no order id, so an order is
 * (customer, date); a $0.00 line is not a purchase by default).
 */
import path from 'node:path';
import { test, expect, openApp, dropFiles, mapping, confirmMapping, kpis, quality, goToView, expectClose, FIXTURES } from './app';
import { readCsv } from './csv';

const CDNOW = path.join(FIXTURES, 'cdnow_sample_elog.csv');

function expected() {
  const { header, rows } = readCsv(CDNOW);
  const col = (name: string) => header.indexOf(name);
  const [customer, date, sales] = [col('customer_id'), col('date'), col('sales')];
  const cents = (text: string) => Math.round(Number(text) * 100);
  const customers = new Set<string>();
  const orders = new Set<string>();
  const ordersPerCustomer = new Map<string, Set<string>>();
  let revenueCents = 0;
  let zero = 0;
  const allOrders = new Set<string>();
  const allCustomers = new Set<string>();
  for (const row of rows) {
    const value = cents(row[sales]);
    if (value === 0) zero++;
    if (value >= 0) {
      allOrders.add(`${row[customer]}\u0000${row[date]}`);
      allCustomers.add(row[customer]);
    }
    if (value <= 0) continue;
    customers.add(row[customer]);
    orders.add(`${row[customer]}\u0000${row[date]}`);
    const days = ordersPerCustomer.get(row[customer]) ?? new Set<string>();
    days.add(row[date]);
    ordersPerCustomer.set(row[customer], days);
    revenueCents += value;
  }
  const repeat = [...ordersPerCustomer.values()].filter((d) => d.size >= 2).length;
  return {
    rows: rows.length,
    zero,
    customers: customers.size,
    orders: orders.size,
    revenue: revenueCents / 100,
    repeat_rate: repeat / customers.size,
    ordersWithZero: allOrders.size,
    customersWithZero: allCustomers.size,
  };
}

test('CDNOW: mapping guessed without correction, KPIs equal an independent count', async ({ page }) => {
  const e = expected();
  expect(e.zero).toBe(8); // DESIGN §2 rule 4 mentions the 8 records of $0.00

  await openApp(page);
  await dropFiles(page, CDNOW);
  expect(await mapping(page)).toMatchObject({
    customer_id: 'customer_id',
    order_ts: 'date',
    amount: 'sales',
    quantity: 'cds',
    order_id: '',
  });
  await expect(page.locator('[data-format="date-order"]').first()).toHaveAttribute('data-value', 'ymd');
  await confirmMapping(page);

  const got = await kpis(page);
  expect(got.customers).toBe(e.customers);
  expect(got.orders).toBe(e.orders);
  expectClose(got.revenue, e.revenue, 1e-9, 'revenue');
  expectClose(got.aov, e.revenue / e.orders, 1e-6, 'aov');
  expectClose(got.frequency, e.orders / e.customers, 1e-6, 'frequency');
  expectClose(got.repeat_rate, e.repeat_rate, 1e-6, 'repeat rate');
  expectClose(got.customer_value, e.revenue / e.customers, 1e-6, 'customer value');

  await goToView(page, 'data');
  expect(await quality(page)).toMatchObject({ read: e.rows, unparseable: 0, guest: 0, returns: 0, zero_amount: e.zero });

  // The switch of rule 4: zero-amount records become purchases with no revenue.
  await page.locator('input[data-setting="keep-zero"]').check();
  await expect(page.locator('[data-quality="zero_amount"]')).toHaveAttribute('data-rows', '0');
  await expect(page.locator('[data-quality="kept"]')).toHaveAttribute('data-rows', String(e.rows));
  await goToView(page, 'overview');
  const kept = await kpis(page);
  expectClose(kept.revenue, e.revenue, 1e-9, 'revenue with zero-amount orders');
  expect(e.ordersWithZero).toBeGreaterThan(e.orders);
  expect(kept.orders).toBe(e.ordersWithZero);
  expect(kept.customers).toBe(e.customersWithZero);
});
