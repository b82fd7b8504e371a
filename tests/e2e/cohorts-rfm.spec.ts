/**
 * The cohorts and RFM views through the real UI: on the UCI fixture every heatmap cell against the independent
 * retention matrix and every RFM segment count against the reference; on the sample, the switches and the split.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, dropFiles, confirmMapping, waitReady, waitCharts, screenshot, FIXTURES } from './app';

const FIXTURE = path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv');
const [, ...matrix] = readFileSync(path.join(FIXTURES, 'expected/fixture_online_retail_cohort_retention_matrix.csv'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(','));
const lifecycle = JSON.parse(readFileSync(path.join(FIXTURES, 'expected/fixture_online_retail_lifecycle.json'), 'utf8'));
const AS_OF_MONTH = (lifecycle.as_of as string).slice(0, 7);
/** The reference leaves these blank although they lie inside the data: nobody of the cohort bought that month. */
const IN_DATA_ZEROS = ['2011-04+8', '2011-08+2', '2011-10+2'];

async function openView(page: Page, view: 'cohorts' | 'rfm'): Promise<void> {
  await page.locator(`a[data-view="${view}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#.*view=${view}`));
  await waitReady(page);
}

type HeatCell = { cohort: string; period: number; value: string; metric: string; partial: boolean };
const heatCells = (page: Page): Promise<HeatCell[]> =>
  page.locator('[data-cohort][data-period]').evaluateAll((els) =>
    els.map((el) => ({
      cohort: el.getAttribute('data-cohort') ?? '',
      period: Number(el.getAttribute('data-period')),
      value: el.getAttribute('data-value') ?? '',
      metric: el.getAttribute('data-metric-value') ?? '',
      partial: el.getAttribute('data-partial') === 'true',
    })),
  );

const monthsBetween = (from: string, to: string) => (+to.slice(0, 4) - +from.slice(0, 4)) * 12 + (+to.slice(5, 7) - +from.slice(5, 7));

test('the fixture: every cohort cell and every RFM segment as the references say', async ({ page }, testInfo) => {
  await openApp(page);
  await dropFiles(page, FIXTURE);
  await confirmMapping(page);
  await openView(page, 'cohorts');
  await expect(page.locator('[data-panel="cohort-table"]')).toHaveAttribute('data-state', 'ready');

  const cells = await heatCells(page);
  const byKey = new Map(cells.map((c) => [`${c.cohort}+${c.period}`, c]));
  expect(byKey.size, 'one cell per (cohort, period)').toBe(cells.length);
  let expectedCells = 0;
  for (const [cohort, ...values] of matrix) {
    values.forEach((text, k) => {
      const key = `${cohort}+${k}`;
      const cell = byKey.get(key);
      if (text !== '') {
        expectedCells++;
        expect(cell, key).toBeDefined();
        expect(Math.abs(Number(cell!.value) - Number(text)), `${key}: ${cell!.value} vs ${text}`).toBeLessThanOrEqual(5e-7);
      } else if (IN_DATA_ZEROS.includes(key)) {
        expectedCells++;
        expect(cell?.value, key).toBe('0');
      } else {
        expect(cell?.value ?? '', `${key} lies after the as-of date: blank`).toBe('');
      }
      // The as-of month, and only it, is marked partial.
      if (cell) expect(cell.partial, `${key} partial`).toBe(monthsBetween(cohort, AS_OF_MONTH) === k);
    });
  }
  expect(cells.length, 'no cell beyond the reference matrix').toBe(expectedCells);
  expect(Number(byKey.get('2010-12+1')!.value)).toBeCloseTo(0.382979, 6);
  await expect(page.locator('[data-cohort="2011-04"][data-period="8"]')).toHaveText(/^0\s?%$/);
  expect(await page.locator('section.cohorts').innerText()).not.toMatch(/NaN|Infinity|undefined/);
  await waitCharts(page);
  await screenshot(page, testInfo, 'cohorts-fixture-en');

  // Another metric changes what the cells show, never their data-value (the retention ratio).
  await page.locator('button[data-metric="ltv"]').click();
  await expect(page.locator('[data-panel="cohort-table"] [data-metric="ltv"]')).toBeVisible();
  const ltv = await heatCells(page);
  expect(ltv.map((c) => c.value)).toEqual(cells.map((c) => c.value));
  expect(Number(ltv.find((c) => c.cohort === '2010-12' && c.period === 1)!.metric)).toBeGreaterThan(
    Number(ltv.find((c) => c.cohort === '2010-12' && c.period === 0)!.metric),
  );
  await page.locator('button[data-metric="retention"]').click();

  await openView(page, 'rfm');
  await expect(page.locator('[data-segment]')).toHaveCount(Object.keys(lifecycle.rfm_segments).length);
  const segments = await page
    .locator('[data-segment]')
    .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-segment'), Number(el.getAttribute('data-value'))])));
  expect(segments).toEqual(lifecycle.rfm_segments);
  expect(segments.Champions).toBe(33);
  expect(await page.locator('section.rfm').innerText()).not.toMatch(/NaN|Infinity|undefined/);
  await waitCharts(page);
  await screenshot(page, testInfo, 'rfm-fixture-en');

  await page.locator('button[data-locale="ru"]').click();
  await expect(page.locator('a[data-view="rfm"]')).toHaveText('RFM-сегменты');
  await screenshot(page, testInfo, 'rfm-fixture-ru');

  // A segment opens the customer list filtered to it.
  await page.locator('[data-segment="At Risk"]').click();
  await expect(page).toHaveURL(/#.*view=customers.*segment=At(\+|%20)Risk/);
  await waitReady(page);
});

test('the sample: grains, the first-product split and the curves', async ({ page }, testInfo) => {
  await openApp(page, '#sample&view=cohorts');
  await waitReady(page);
  await expect(page.locator('[data-cohort]').first()).toBeVisible();
  await waitCharts(page);
  const total = Number(await page.locator('[data-average] .size').innerText().then((s) => s.replace(/\D/g, '')));
  expect(total).toBeGreaterThan(1000);
  // The default curves: three cohorts plus the average.
  await expect(page.locator('input[data-pick]:checked')).toHaveCount(3);

  await page.locator('button[data-grain="quarter"]').click();
  await waitReady(page);
  await expect(page.locator('[data-cohort]').first()).toHaveAttribute('data-cohort', /^\d{4}-Q[1-4]$/);
  await page.locator('button[data-grain="week"]').click();
  await waitReady(page);
  await expect(page.locator('[data-cohort]').first()).toHaveAttribute('data-cohort', /^\d{4}-W\d{2}$/);
  await page.locator('button[data-grain="month"]').click();
  await waitReady(page);

  const split = page.locator('select[data-setting="first-product"]');
  const product = await split.locator('option').nth(1).getAttribute('value');
  await split.selectOption(product!);
  await expect(page).toHaveURL(/product=/);
  await waitReady(page);
  await expect.poll(async () => Number((await page.locator('[data-average] .size').innerText()).replace(/\D/g, ''))).toBeLessThan(total);
  expect(await page.locator('section.cohorts').innerText()).not.toMatch(/NaN|Infinity|undefined/);

  await page.locator('button[data-locale="ru"]').click();
  await expect(page.locator('a[data-view="cohorts"]')).toHaveText('Когорты');
  await waitCharts(page);
  await screenshot(page, testInfo, 'cohorts-sample-split-ru');
});
