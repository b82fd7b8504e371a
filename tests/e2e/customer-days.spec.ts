/**
 * The per-customer-day input kind in the web app (issue 18): a table of one row per customer and day, made by
 * hand from the UCI fixture, is recognised in the mapping step and gives the independent reference's KPIs and
 * the same lifecycle, cohorts and churn as the fixture's lines; the simulator, which replays single orders, says
 * what it needs instead of showing numbers.
 */
import { test, expect, openApp, dropFiles, confirmMapping, kpis, mapping, screenshot, ROOT } from './app';
import { fixtureValues, openView, viewValues } from './share-helpers';
import { customerDays } from './customer-days';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const VIEWS = ['overview', 'cohorts', 'lifecycle', 'churn'] as const;
const reference = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/expected/fixture_online_retail_reference.json'), 'utf8'));
const lifecycle = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/expected/fixture_online_retail_lifecycle.json'), 'utf8'));

test('a per-customer-day table gives the lines’ figures, and the simulator says it needs lines', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await openApp(page);
  const live = await fixtureValues(page, VIEWS);

  await dropFiles(page, { name: 'customer_days.csv', buffer: Buffer.from(customerDays()) });
  expect(await mapping(page)).toEqual({ customer_id: 'customer_id', order_ts: 'day', amount: 'revenue', quantity: 'orders', product: '', category: '' });
  await expect(page.locator('.roles[data-input-kind="customer_days"]')).toBeVisible();
  await expect(page.locator('button[data-input-kind="customer_days"]')).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, testInfo, 'customer-days-mapping');
  await confirmMapping(page);
  await openView(page, 'overview');
  const shown = await kpis(page);
  expect(shown.customers).toBe(reference.kpis.customers);
  expect(shown.orders).toBe(reference.kpis.orders);
  expect(shown.revenue).toBeCloseTo(reference.kpis.revenue, 6);
  expect(shown.aov).toBeCloseTo(reference.kpis.aov_revenue_per_order, 6);
  expect(shown.repeat_rate).toBeCloseTo(reference.kpis.repeat_purchase_rate, 7);
  for (const view of VIEWS) {
    await openView(page, view);
    expect(await viewValues(page), view).toEqual(live[view]);
  }
  expect(live.lifecycle['status:lost']).toBe(String(lifecycle.status_counts.lost));

  await openView(page, 'simulator');
  await expect(page.locator('[data-needs-lines="simulator"]')).toContainText('needs single purchase lines');
  await screenshot(page, testInfo, 'customer-days-simulator');
  await openView(page, 'data');
  await expect(page.locator('[data-quality="duplicates"]')).toContainText('no purchase lines to compare');

  // The kind is a choice: as purchase lines, the same file needs an order id or another amount reading.
  await dropFiles(page, { name: 'customer_days.csv', buffer: Buffer.from(customerDays()) });
  await page.locator('[data-input-kind="lines"]').click();
  await expect(page.locator('.roles[data-input-kind="lines"]')).toBeVisible();
  await expect(page.locator('select[data-role="order_id"]')).toBeVisible();
});
