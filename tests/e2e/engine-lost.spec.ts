/**
 * The engine's worker dies after a load (the browser ends it when memory runs out, or it crashes): Ottok says
 * so within seconds instead of spinning, and "Open the data again" loads the same file into a new engine,
 * back on the same view with the same settings. The worker is stopped from the test with its own `close()`,
 * which is how the browser ending it looks to the page: no event, no answer to anything sent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, openApp, dropFiles, confirmMapping, waitReady, kpis, screenshot, FIXTURES } from './app';

const FIXTURE = path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv');
const reference = JSON.parse(readFileSync(path.join(FIXTURES, 'expected/fixture_online_retail_reference.json'), 'utf8'));

test('a stopped engine worker is reported and "Open the data again" restores the view and settings', async ({ page }, testInfo) => {
  await openApp(page);
  await dropFiles(page, FIXTURE);
  await confirmMapping(page);
  await page.locator('select[data-setting="window"]').selectOption('last12');
  await waitReady(page);
  const last12 = await kpis(page);
  expect(last12.customers as number).toBeLessThan(reference.kpis.customers);

  const engine = page.workers().find((worker) => worker.url().includes('duckdb-worker'));
  expect(engine, 'the DuckDB worker runs').toBeDefined();
  await engine!.evaluate(() => (self as unknown as { close(): void }).close());

  await page.locator('a[data-view="cohorts"]').click();
  const lost = page.locator('[data-engine="lost"]');
  await expect(lost).toBeVisible({ timeout: 5_000 });
  await expect(page.locator('.app')).toHaveAttribute('data-state', 'error');
  await expect(lost).toContainText('fixture_online_retail_cust_mod20.csv');
  await screenshot(page, testInfo, 'engine-lost-en');
  await page.locator('button[data-locale="ru"]').click();
  await expect(lost.locator('h2')).toHaveText('Движок расчётов остановился');
  await expect(page.locator('[data-action="reopen-data"]')).toHaveText('Открыть данные снова');
  await screenshot(page, testInfo, 'engine-lost-ru');
  await page.locator('button[data-locale="en"]').click();
  const hash = new URL(page.url()).hash;
  expect(hash).toContain('view=cohorts');

  await page.locator('[data-action="reopen-data"]').click();
  await waitReady(page);
  await expect(lost).toHaveCount(0);
  await expect(page.locator('.cohort-heatmap, [data-chart]').first()).toBeVisible();
  expect(new URL(page.url()).hash).toBe(hash);

  await page.locator('a[data-view="overview"]').click();
  await waitReady(page);
  await expect(page.locator('select[data-setting="window"]')).toHaveValue('last12');
  expect(await kpis(page)).toEqual(last12);
  await page.locator('select[data-setting="window"]').selectOption('all');
  await waitReady(page);
  await expect.poll(async () => (await kpis(page)).customers).toBe(reference.kpis.customers);
  expect((await kpis(page)).orders).toBe(reference.kpis.orders);
});
