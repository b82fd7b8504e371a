/**
 * Customer value and forecast check views on real data. CDNOW (Fader, Hardie & Lee 2005): with the $0.00
 * records counted as the paper does, the holdout from 1997-09-30 has the published 1 882 actual repeat
 * purchases and ≈ 1 653.4 expected, the calibration fit the published r, α, a, b; the LTV view's fit on all
 * data matches an independent SciPy computation (tests/fixtures/btyd/cdnow_ltv_expected.json) and its totals
 * add up. The UCI fixture: no dropout in the data → the NBD fallback is explained and nothing reads NaN.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, dropFiles, confirmMapping, goToView, waitReady, waitCharts, screenshot, expectClose, FIXTURES } from './app';

const CDNOW = path.join(FIXTURES, 'cdnow_sample_elog.csv');
const UCI = path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv');
const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'btyd/cdnow_ltv_expected.json'), 'utf8'));

/** Changes the hash in place (a reload would drop the loaded file) and waits for the view. */
async function openHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await waitReady(page);
}

const kpi = (page: Page, name: string) => page.locator(`[data-kpi="${name}"]`).getAttribute('data-value').then(Number);

async function params(page: Page): Promise<Record<string, { value: string; unit: string }>> {
  return page.locator('[data-model-param]').evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-model-param'), { value: r.getAttribute('data-value') ?? '', unit: r.getAttribute('data-unit') ?? '' }])),
  );
}

async function expectNoNaN(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
  const attributes = await page.locator('main [data-value]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''));
  expect(attributes.filter((v) => /NaN|Infinity/.test(v))).toEqual([]);
}

test('CDNOW: the holdout reproduces the paper, the LTV fit the independent computation', async ({ page }, testInfo) => {
  await openApp(page);
  await dropFiles(page, CDNOW);
  await confirmMapping(page);
  await goToView(page, 'data');
  await page.locator('input[data-setting="keep-zero"]').check();
  await expect(page.locator('[data-quality="zero_amount"]')).toHaveAttribute('data-rows', '0');
  await waitReady(page);

  await openHash(page, '#view=validation&split=1997-09-30');
  await expect(page.locator('input[data-setting="split"]')).toHaveValue('1997-09-30');
  expect(await kpi(page, 'holdout_actual')).toBe(1882);
  expectClose(await kpi(page, 'holdout_predicted'), 1653.4, 0.5 / 1653.4, 'holdout_predicted');
  await expect(page.locator('.verdict')).toContainText('The model expected 1,653 repeat purchases, there were 1,882 (−12%)');
  // the calibration fit: FHL 2005 Table 1 (weekly unit)
  const calibration = await params(page);
  for (const [name, value] of Object.entries({ r: '0.243', alpha: '4.414', a: '0.793', b: '2.426' })) {
    expect(Number(calibration[name].value).toFixed(3), name).toBe(value); // published to 3 decimals
    expect(calibration[name].unit).toBe('week');
  }
  // FHL 2005 Figure 4's calibration-frequency bins
  const bins = await page.locator('tr[data-bin]:not([data-bin="all"])').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-customers'))));
  expect(bins).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
  await expect(page.locator('[data-chart="holdout-weekly"]')).toHaveAttribute('data-weeks', '39');
  await waitCharts(page);
  await expectNoNaN(page);
  await screenshot(page, testInfo, 'validation-cdnow-en');

  // A new split date from the input goes into the hash
  await page.locator('input[data-setting="split"]').fill('1997-12-31');
  await page.locator('input[data-setting="split"]').dispatchEvent('change');
  await expect(page).toHaveURL(/split=1997-12-31/);
  await waitReady(page);
  expect(await kpi(page, 'holdout_actual')).toBeLessThan(1882);

  // The LTV view: all data up to the as-of date, weekly
  await openHash(page, '#view=ltv');
  const all = await params(page);
  for (const name of ['r', 'alpha', 'a', 'b'] as const) expectClose(Number(all[name].value), expected.bgnbd[name], 1e-5, name);
  for (const name of ['p', 'q', 'gamma'] as const) expectClose(Number(all[name].value), expected.gg[name], 1e-5, name);
  expect(Object.values(all).every((p) => p.unit === 'week')).toBe(true);
  const total = await kpi(page, 'predicted_clv_total');
  expectClose(total, expected.clv.total, 1e-6, 'predicted_clv_total');
  expectClose(await kpi(page, 'predicted_clv_median'), expected.clv.median, 1e-6, 'median');
  const deciles = await page.locator('tr[data-decile]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-total'))));
  expect(deciles).toHaveLength(10);
  expectClose(deciles.reduce((s, v) => s + v, 0), total, 1e-9, 'Σ deciles = total');
  const top = await page.locator('tr[data-customer]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-clv'))));
  expect(top).toHaveLength(20);
  expect(top.every((v, i) => i === 0 || v <= top[i - 1])).toBe(true);
  expect(top[top.length - 1]).toBeGreaterThanOrEqual(deciles[0] / (2357 / 10)); // the top 20 are above the top decile's mean
  const bands = await page.locator('[data-band-total]').evaluateAll((cells) => Object.fromEntries(cells.map((c) => [c.getAttribute('data-band-total'), Number(c.getAttribute('data-count'))])));
  expect(bands).toEqual(expected.bands);
  await expect(page.locator('[data-flag="one-time"]')).toBeVisible();
  await waitCharts(page);
  await expectNoNaN(page);
  await screenshot(page, testInfo, 'ltv-cdnow-en');

  // Margin 60 %: the forecast doubles without a new fit; days: same forecast, α × 7
  await page.locator('input[data-setting="margin"]').fill('60');
  await page.locator('input[data-setting="margin"]').dispatchEvent('change');
  await expect.poll(() => kpi(page, 'predicted_clv_total')).toBeCloseTo(2 * total, 6);
  await page.locator('[data-time-unit="day"]').click();
  await expect(page).toHaveURL(/unit=day/);
  await waitReady(page);
  await expect(page.locator('[data-model-param="alpha"]')).toHaveAttribute('data-unit', 'day');
  const days = await params(page);
  expectClose(Number(days.alpha.value), 7 * expected.bgnbd.alpha, 1e-5, 'α in days');
  expectClose(Number(days.r.value), expected.bgnbd.r, 1e-5, 'r in days');
  expectClose(await kpi(page, 'predicted_clv_total'), 2 * total, 1e-6, 'CLV in days');

  // A top customer's card shows their P(alive) history
  await page.locator('tr[data-customer] button').first().click();
  await expect(page.locator('aside[data-card][data-state="ready"]')).toBeVisible();
  await expect(page.locator('[data-alive-history="ready"]')).toBeVisible();
  await waitCharts(page);
  await screenshot(page, testInfo, 'ltv-cdnow-card-en');
});

test('UCI fixture: dropout not identified — the NBD fallback is explained, nothing reads NaN', async ({ page }, testInfo) => {
  await openApp(page);
  await dropFiles(page, UCI);
  await confirmMapping(page);
  await openHash(page, '#view=ltv');
  await expect(page.locator('[data-flag="dropout-not-identified"]')).toBeVisible();
  await expect(page.locator('[data-flag="palive-all-one"]')).toBeVisible();
  const p = await params(page);
  expect([p.a.value, p.b.value]).toEqual(['', '']);
  await expect(page.locator('[data-model-param="a"]')).toContainText('—');
  expect(Number(p.r.value)).toBeGreaterThan(0);
  expect(Number.isFinite(Number(p.alpha.value))).toBe(true);
  expect(await kpi(page, 'predicted_clv_total')).toBeGreaterThan(0);
  await expect(page.locator('[data-explain="nbd"]')).toBeVisible();
  await waitCharts(page);
  await expectNoNaN(page);
  await screenshot(page, testInfo, 'ltv-uci-en');

  await page.locator('[data-locale="ru"]').click();
  await expect(page.locator('[data-flag="dropout-not-identified"]')).toContainText('NBD');
  await expectNoNaN(page);
  await screenshot(page, testInfo, 'ltv-uci-ru');

  await openHash(page, '#view=validation');
  expect(Number.isFinite(await kpi(page, 'holdout_actual'))).toBe(true);
  expect(Number.isFinite(await kpi(page, 'holdout_predicted'))).toBe(true);
  await waitCharts(page);
  await expectNoNaN(page);
  await screenshot(page, testInfo, 'validation-uci-ru');
});
