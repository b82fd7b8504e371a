/**
 * Which products lose customers (issue 7, DESIGN §3b): the sample store's planted Royal Leaf price rise is found
 * at brand level (and per product), its lapsed regulars and switchers open the customers table; the UCI fixture
 * shows the table; names from the file are merged by case and spaces and shown as text, never as HTML.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, openApp, dropFiles, confirmMapping, waitReady, waitCharts, expectClose, screenshot, FIXTURES } from './app';

interface Row { product: string; regulars: number; lapsedShare: number; lift: number | null; switchers: number }

async function rows(page: Page): Promise<Row[]> {
  return page.locator('[data-product][data-regulars]').evaluateAll((els) =>
    els.map((e) => ({
      product: e.getAttribute('data-product') ?? '',
      regulars: Number(e.getAttribute('data-regulars')),
      lapsedShare: Number(e.getAttribute('data-lapsed-share')),
      lift: e.getAttribute('data-lift') === '' ? null : Number(e.getAttribute('data-lift')),
      switchers: Number(e.getAttribute('data-switchers')),
    })),
  );
}

async function productsReady(page: Page): Promise<void> {
  await expect(page.locator('[data-panel="products"][data-state="ready"]')).toBeVisible({ timeout: 90_000 });
  await waitReady(page);
}

function expectRankedByLift(list: Row[]): void {
  for (let i = 1; i < list.length; i++) expect(list[i].lift ?? -1, `${list[i].product} after ${list[i - 1].product}`).toBeLessThanOrEqual(list[i - 1].lift ?? -1);
  for (const r of list) {
    expect(r.lapsedShare).toBeGreaterThanOrEqual(0);
    expect(r.lapsedShare).toBeLessThanOrEqual(1);
    expect(r.switchers).toBeLessThanOrEqual(r.regulars);
  }
}

test('sample store: Royal Leaf tops the brands with its August 2024 price step, in English and Russian', async ({ page }, testInfo) => {
  await openApp(page, '#sample&view=products');
  await productsReady(page);
  await expect(page.locator('[data-panel="products"]')).toHaveAttribute('data-level', 'category'); // brands, when mapped
  const brands = await rows(page);
  expect(brands).toHaveLength(8);
  expectRankedByLift(brands);
  // sample-data/README.md: 868 regulars, 41 % at risk or lost (352), lift ≈ 1.4, 62 switchers; others 0.8–1.0
  expect(brands[0]).toMatchObject({ product: 'Royal Leaf', regulars: 868, switchers: 62 });
  expectClose(brands[0].lapsedShare, 352 / 868, 1e-12, 'lapsed share');
  expect(brands[0].lift!).toBeGreaterThan(1.35);
  expect(brands[1].lift!).toBeLessThan(1.05);

  const step = page.locator('[data-price-step="Royal Leaf"][data-month="2024-08"]');
  await expect(step).toBeVisible();
  await expect(page.locator('[data-price-step]')).toHaveCount(1); // the +7 % and +6 % repricings are no steps
  expectClose(Number(await step.getAttribute('data-change')), 539.9 / 419.9 - 1, 1e-9, 'price change');
  // README: lapse rate 29 % before → 45 % after
  expectClose(Number(await step.getAttribute('data-lapse-before')), 0.29, 0.05, 'lapse rate before');
  expectClose(Number(await step.getAttribute('data-lapse-after')), 0.45, 0.05, 'lapse rate after');
  const headline = page.locator('[data-headline]');
  await expect(headline).toHaveAttribute('data-product', 'Royal Leaf');
  await expect(headline).toContainText('Regular buyers of «Royal Leaf» are leaving 1.4× as often');
  await expect(headline).toContainText('August 2024');
  await waitCharts(page);
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
  await screenshot(page, testInfo, 'products-sample-en');

  await page.locator('button[data-locale="ru"]').click();
  await expect(headline).toContainText('Постоянные покупатели «Royal Leaf» уходят в 1,4 раза чаще');
  await expect(headline).toContainText('в августе 2024 г.');
  await waitCharts(page);
  await screenshot(page, testInfo, 'products-sample-ru');
  await page.locator('button[data-locale="en"]').click();

  // Per product, the Royal Leaf teas lead and carry the same step.
  await page.locator('button[data-level="product"]').click();
  await expect(page.locator('[data-panel="products"]')).toHaveAttribute('data-level', 'product');
  await productsReady(page);
  const products = await rows(page);
  expectRankedByLift(products);
  await expect(page.locator('[data-price-step][data-month="2024-08"]')).toHaveCount(1);
  expect(Number(await page.locator('[data-price-step]').first().getAttribute('data-change'))).toBeGreaterThan(0.25);

  // The switchers export as a campaign list and open the customers table filtered to them.
  await page.locator('button[data-level="category"]').click();
  await productsReady(page);
  const switchers = page.locator('[data-group="switchers"]');
  await expect(switchers).toHaveAttribute('data-customers', '62');
  const [download] = await Promise.all([page.waitForEvent('download'), switchers.locator('[data-action="export-campaign"]').click()]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(csv).toHaveLength(1 + 62);
  expect(csv[0]).toMatch(/^Customer,/);
  await page.locator('[data-group="switchers"] [data-action="open-customers"]').click();
  await expect(page).toHaveURL(/view=customers.*product=Royal\+Leaf.*who=switchers/);
  await expect(page.locator('[data-count]')).toHaveAttribute('data-count', '62');
  await expect(page.locator('[data-filter="product"]')).toContainText('«Royal Leaf»');
  await waitReady(page);
});

test('UCI fixture: the products table by StockCode, ranked by lift', async ({ page }, testInfo) => {
  await openApp(page);
  await dropFiles(page, path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv'));
  await confirmMapping(page);
  await page.locator('a[data-view="products"]').click();
  await productsReady(page);
  // a 1-in-20 customer sample: no StockCode has 20 regulars, the view offers a lower bar
  await expect(page.locator('[data-product]')).toHaveCount(0);
  await page.locator('[data-action="lower-min-regulars"]').click();
  await expect(page.locator('input[data-setting="min-regulars"]')).toHaveValue('8');
  await expect(page.locator('[data-count]')).toHaveAttribute('data-count', '33');
  await productsReady(page);
  const list = await rows(page);
  expect(list.length).toBeGreaterThan(10);
  expectRankedByLift(list);
  expect(list.every((r) => r.regulars >= 8)).toBe(true);
  await expect(page.locator('[data-headline]')).toHaveAttribute('data-product', list[0].product);

  await page.locator('input[data-filter="search"]').fill('2320');
  await expect.poll(async () => (await rows(page)).map((r) => r.product)).toEqual(list.map((r) => r.product).filter((p) => p.includes('2320')));
  await waitCharts(page);
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
  await screenshot(page, testInfo, 'products-fixture');
});

test('names differing in case or spaces are one product, shown as text', async ({ page }) => {
  const lines = ['Customer,Date,Product,Amount'];
  const names = ['<b>Tea</b>', ' <B>TEA</B> ', '<b>Tea</b>'];
  for (const [i, customer] of ['c1', 'c2', 'c3'].entries()) {
    for (const [j, name] of names.entries()) lines.push(`${customer},2024-0${j + 1}-1${i},"${name}",10.00`);
  }
  await openApp(page);
  await dropFiles(page, { name: 'names.csv', buffer: Buffer.from(`${lines.join('\n')}\n`) });
  await confirmMapping(page);
  await page.locator('a[data-view="products"]').click();
  await productsReady(page);
  await page.locator('input[data-setting="min-regulars"]').fill('3');
  await page.locator('input[data-setting="min-regulars"]').press('Enter');
  await page.locator('input[data-setting="min-regulars"]').blur();
  await expect(page.locator('[data-product]')).toHaveCount(1);
  const row = page.locator('[data-product]');
  await expect(row).toHaveAttribute('data-product', '<b>Tea</b>');
  await expect(row).toHaveAttribute('data-regulars', '3');
  await expect(row.locator('b')).toHaveCount(0);
  await expect(row).toContainText('<b>Tea</b>');
  await productsReady(page);
});
