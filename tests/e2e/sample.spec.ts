/**
 * The built-in sample store: `#sample` opens it straight to the overview; views are reached by the
 * navigation and by `#view=<name>`; the settings recompute; the interface switches to Russian.
 */
import { test, expect, openApp, waitReady, waitCharts, kpis, quality, goToView, screenshot, KPI_NAMES } from './app';

test('#sample opens the overview with nine numeric KPI tiles and finished charts', async ({ page }, testInfo) => {
  await openApp(page, '#sample');
  await waitReady(page);
  const values = await kpis(page);
  expect(Object.keys(values).sort()).toEqual([...KPI_NAMES].sort());
  for (const name of KPI_NAMES) {
    expect(Number.isFinite(values[name]), `${name} = ${values[name]}`).toBe(true);
  }
  expect(values.customers as number).toBeGreaterThan(1000);
  expect(values.repeat_rate as number).toBeGreaterThan(0);
  expect(values.repeat_rate as number).toBeLessThan(1);
  expectCloseTo(values.customer_value as number, (values.revenue as number) / (values.customers as number));
  expectCloseTo(values.aov as number, (values.revenue as number) / (values.orders as number));
  expect(await page.locator('.kpis').innerText()).not.toMatch(/NaN|Infinity|undefined/);
  await waitCharts(page);
  await expect(page.locator('[data-chart]')).toHaveCount(3);
  await screenshot(page, testInfo, 'overview-sample-en');

  // Last 12 months: a shorter window, less revenue.
  await page.locator('select[data-setting="window"]').selectOption('last12');
  await expect.poll(async () => (await kpis(page)).revenue as number).toBeLessThan(values.revenue as number);
  await waitReady(page);
  await page.locator('select[data-setting="window"]').selectOption('all');
  await expect.poll(async () => (await kpis(page)).revenue).toBe(values.revenue);

  await goToView(page, 'data');
  const q = await quality(page);
  expect(q.read).toBeGreaterThan(q.kept);
  expect(q.guest).toBeGreaterThan(0); // the sample has guest sales and returns
  expect(q.returns).toBeGreaterThan(0);
  await screenshot(page, testInfo, 'data-quality-sample-en');
});

test('#view=data opens the data-quality view; the hash switches views', async ({ page }) => {
  await openApp(page, '#sample&view=data');
  await waitReady(page);
  await expect(page.locator('[data-quality="kept"]')).toBeVisible();
  await expect(page.locator('a[data-view="data"]')).toHaveClass(/active/);

  await page.evaluate(() => (location.hash = '#view=overview'));
  await expect(page.locator('[data-kpi]')).toHaveCount(KPI_NAMES.length);
  await waitReady(page);
  await expect(page.locator('a[data-view="overview"]')).toHaveClass(/active/);
});

test('switching to Russian changes the labels, keeps the numbers', async ({ page }, testInfo) => {
  await openApp(page, '#sample');
  await waitReady(page);
  const before = await kpis(page);
  await expect(page.locator('a[data-view="overview"]')).toHaveText('Overview');

  await page.locator('button[data-locale="ru"]').click();
  await expect(page.locator('a[data-view="overview"]')).toHaveText('Обзор');
  await expect(page.locator('button[data-locale="ru"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('[data-kpi="customers"]')).toContainText('Покупатели');
  await waitReady(page);
  expect(await kpis(page)).toEqual(before);
  await waitCharts(page);
  await screenshot(page, testInfo, 'overview-sample-ru');

  await goToView(page, 'data');
  await expect(page.locator('a[data-view="data"]')).toHaveText('Качество данных');
  await screenshot(page, testInfo, 'data-quality-sample-ru');

  await page.locator('button[data-locale="en"]').click();
  await expect(page.locator('a[data-view="overview"]')).toHaveText('Overview');
});

function expectCloseTo(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9 + 1e-9);
}
