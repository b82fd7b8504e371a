/**
 * The shared UCI Online Retail fixture through the real UI: as published (UTF-8, comma, ISO dates) and
 * converted here to a Russian 1C-style export (Windows-1251, `;`, decimal commas, DD.MM.YYYY HH:MM,
 * Russian headers). Expected numbers come from tests/fixtures/expected (computed outside Ottok).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  test,
  expect,
  openApp,
  dropFiles,
  mapping,
  confirmMapping,
  waitReady,
  kpis,
  quality,
  goToView,
  expectClose,
  screenshot,
  waitCharts,
  FIXTURES,
} from './app';
import { csvLine, decimalComma, encode1251, readCsv, russianDate } from './csv';

const FIXTURE = path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv');
const reference = JSON.parse(readFileSync(path.join(FIXTURES, 'expected/fixture_online_retail_reference.json'), 'utf8'));
const k = reference.kpis;
const cleaning = reference.cleaning;

/** KPI tile → expected value, from the reference file only. */
const EXPECTED: Record<string, number> = {
  customers: k.customers,
  orders: k.orders,
  revenue: k.revenue,
  aov: k.aov_revenue_per_order,
  frequency: k.purchase_frequency_orders_per_customer,
  repeat_rate: k.repeat_purchase_rate,
  customer_value: k.revenue_per_customer,
};

async function expectReferenceKpis(page: import('@playwright/test').Page) {
  const got = await kpis(page);
  for (const [name, value] of Object.entries(EXPECTED)) expectClose(got[name], value, 1e-6, name);
  expect(got.customers).toBe(k.customers);
  expect(got.orders).toBe(k.orders);
  // Not in the reference file (its "simple LTV" is another convention): defined and positive here.
  expect(got.lifespan_months).toBeGreaterThan(0);
  expect(got.simple_ltv).toBeGreaterThan(0);
  return got;
}

test('UCI fixture: mapping guessed, KPIs and cleaning counts equal the reference', async ({ page }, testInfo) => {
  await openApp(page);
  await dropFiles(page, FIXTURE);
  expect(await mapping(page)).toMatchObject({
    customer_id: 'CustomerID',
    order_ts: 'InvoiceDate',
    order_id: 'InvoiceNo',
    quantity: 'Quantity',
    unit_price: 'UnitPrice',
    amount: '',
  });
  await expect(page.locator('[data-preview="parsed"] tbody tr').first()).toBeVisible();
  await expect(page.locator('[data-preview="raw"] tbody tr').first()).toContainText('VICTORIAN SEWING BOX LARGE');
  await screenshot(page, testInfo, 'mapping-step');

  await confirmMapping(page);
  const got = await expectReferenceKpis(page);
  await waitCharts(page);
  await screenshot(page, testInfo, 'overview-fixture');

  // Margin is a factor of simple LTV: doubling it doubles the figure, nothing else moves.
  await page.locator('input[data-setting="margin"]').fill('60');
  await page.locator('input[data-setting="margin"]').press('Enter');
  await page.locator('input[data-setting="margin"]').blur();
  await expect.poll(async () => (await kpis(page)).simple_ltv).toBeCloseTo(2 * (got.simple_ltv as number), 6);
  expectClose((await kpis(page)).revenue, k.revenue, 1e-9, 'revenue after margin change');

  await goToView(page, 'data');
  const q = await quality(page);
  expect(q).toMatchObject({
    read: cleaning.R0_rows,
    unparseable: 0,
    guest: cleaning.R0_rows - cleaning.after_R1_customer_present,
    returns: cleaning.after_R1_customer_present - cleaning.after_R2_no_cancellations,
    zero_amount: cleaning.after_R2_no_cancellations - cleaning.after_R3_positive_qty_price,
    duplicates: cleaning.exact_duplicates_remaining,
    kept: cleaning.after_R3_positive_qty_price,
  });
  await screenshot(page, testInfo, 'data-quality');

  // Dropping exact duplicate lines gives the reference's variant.
  const variant = reference.kpis_variant_exact_duplicates_removed;
  await page.locator('input[data-setting="drop-duplicates"]').check();
  await expect(page.locator('[data-quality="kept"]')).toHaveAttribute('data-rows', String(variant.line_rows));
  await waitReady(page);
  await goToView(page, 'overview');
  const dedup = await kpis(page);
  expectClose(dedup.revenue, variant.revenue, 1e-9, 'revenue without duplicates');
  expect(dedup.orders).toBe(variant.orders);
  expect(dedup.customers).toBe(variant.customers);
  expectClose(dedup.aov, variant.aov_revenue_per_order, 1e-6, 'aov without duplicates');
  expectClose(dedup.customer_value, variant.revenue_per_customer, 1e-6, 'customer value without duplicates');
});

test('the fixture as a Russian Windows-1251 export (;, decimal comma, DD.MM.YYYY) gives the same KPIs', async ({ page }, testInfo) => {
  const { header, rows } = readCsv(FIXTURE);
  expect(header).toEqual(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country']);
  const russianHeader = ['Номер чека', 'Артикул', 'Товар', 'Кол-во', 'Дата', 'Цена', 'Клиент', 'Страна'];
  const countries: Record<string, string> = { 'United Kingdom': 'Великобритания', Germany: 'Германия', France: 'Франция' };
  const lines = [csvLine(russianHeader, ';')];
  for (const [invoice, code, description, quantity, date, price, customer, country] of rows) {
    lines.push(
      csvLine(
        [
          invoice,
          code,
          description.replaceAll('£', 'GBP '), // no £ in Windows-1251
          quantity,
          russianDate(date),
          decimalComma(price),
          customer.replace(/\.0$/, ''),
          countries[country] ?? country,
        ],
        ';',
      ),
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'ottok-e2e-'));
  const file = path.join(dir, 'Продажи_1251.csv');
  try {
    const bytes = encode1251(lines.join('\r\n') + '\r\n');
    expect(bytes.includes(0xa0), 'some price has a no-break-space thousands separator').toBe(true);
    writeFileSync(file, bytes);

    await openApp(page);
    await dropFiles(page, file);
    expect(await mapping(page)).toMatchObject({
      customer_id: 'Клиент',
      order_ts: 'Дата',
      order_id: 'Номер чека',
      quantity: 'Кол-во',
      unit_price: 'Цена',
      amount: '',
    });
    await expect(page.locator('select[data-format="decimal"]')).toHaveValue(',');
    await expect(page.locator('[data-format="date-order"]').first()).toHaveAttribute('data-value', 'dmy');
    await expect(page.locator('[data-preview="raw"]')).toContainText('Великобритания');
    await screenshot(page, testInfo, 'mapping-step-1251');

    await confirmMapping(page);
    await expectReferenceKpis(page);

    await goToView(page, 'data');
    const q = await quality(page);
    expect(q).toMatchObject({
      unparseable: 0,
      guest: cleaning.R0_rows - cleaning.after_R1_customer_present,
      returns: cleaning.after_R1_customer_present - cleaning.after_R2_no_cancellations,
      zero_amount: cleaning.after_R2_no_cancellations - cleaning.after_R3_positive_qty_price,
      kept: cleaning.after_R3_positive_qty_price,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
