/**
 * Real exports as they come (issue 11): each file made by a seeded generator from the platform's own
 * layout (tests/exports/, sources cited there) is dropped and loaded with no correction in the mapping
 * step; customers, orders, revenue and the skipped / guest / return counts must equal the generator's
 * ground truth, never Ottok's own output.
 */
import {
  test,
  expect,
  openApp,
  dropFiles,
  waitMapping,
  confirmMapping,
  kpis,
  quality,
  goToView,
  expectClose,
  screenshot,
} from './app';
import { oneCReportCsvFile, oneCReportXlsx } from '../exports/one-c';
import { shopifyOrdersCsv } from '../exports/shopify';
import { wooOrdersCsv } from '../exports/woocommerce';
import { moySkladRetailXlsx } from '../exports/moysklad';
import { oneCUnicodeText, wooZip } from '../exports/containers';
import type { Truth } from '../exports/random';

interface Case {
  title: string;
  make: () => { name: string; bytes: Uint8Array; truth: Truth } | Promise<{ name: string; bytes: Uint8Array; truth: Truth }>;
  headerRow: number;
  platform: string;
  fields: Record<string, string>;
  /** The customer column read where the mapped one is empty. */
  fallback?: string;
}

const ONE_C_FIELDS = { customer_id: 'Дисконтная карта', order_id: 'Чек ККМ', order_ts: 'Дата', amount: 'Сумма' };
const CASES: Case[] = [
  { title: '1C «Продажи по чекам» CSV (Windows-1251)', make: () => oneCReportCsvFile(), headerRow: 5, platform: '1c', fields: ONE_C_FIELDS },
  { title: '1C «Продажи по чекам» XLSX (merged title)', make: () => oneCReportXlsx(), headerRow: 5, platform: '1c', fields: ONE_C_FIELDS },
  { title: 'Excel Unicode text (UTF-16) of the 1C report', make: () => oneCUnicodeText('le'), headerRow: 5, platform: '1c', fields: ONE_C_FIELDS },
  {
    title: 'Shopify orders export',
    make: () => shopifyOrdersCsv(),
    headerRow: 1,
    platform: 'shopify',
    fields: { customer_id: 'Email', order_id: 'Name', status: 'Financial Status', amount: '' },
  },
  {
    title: 'WooCommerce order export',
    make: () => wooOrdersCsv(),
    headerRow: 1,
    platform: 'woocommerce',
    fields: { customer_id: 'Email (Billing)', quantity: 'Quantity (- Refund)', unit_price: 'Item Cost', amount: '' },
    fallback: 'Phone (Billing)',
  },
  {
    title: 'WooCommerce export inside a ZIP',
    make: () => wooZip(),
    headerRow: 1,
    platform: 'woocommerce',
    fields: { customer_id: 'Email (Billing)' },
  },
  {
    title: 'МойСклад retail sales (XLSX)',
    make: () => moySkladRetailXlsx(),
    headerRow: 1,
    platform: 'moysklad',
    fields: { customer_id: 'Контрагент', amount: 'Сумма' },
  },
];

for (const c of CASES) {
  test(`${c.title}: right with no correction`, async ({ page }, testInfo) => {
    const { name, bytes, truth } = await c.make();
    await openApp(page);
    await dropFiles(page, { name, buffer: Buffer.from(bytes), mimeType: 'application/octet-stream' });
    await waitMapping(page);
    await expect(page.locator('[data-header-row]')).toHaveAttribute('data-header-row', String(c.headerRow));
    await expect(page.locator('[data-platform]')).toHaveAttribute('data-platform', c.platform);
    for (const [field, column] of Object.entries(c.fields)) {
      await expect(page.locator(`select[data-field="${field}"]`)).toHaveAttribute('data-column', column);
    }
    if (c.fallback) await expect(page.locator('[data-fallback]')).toHaveAttribute('data-fallback', c.fallback);
    if (c.headerRow > 1 || c.fallback) await screenshot(page, testInfo, `exports-mapping-${c.platform}-${name.split('.').pop()}`);
    await confirmMapping(page);
    const got = await kpis(page);
    expect(got.customers).toBe(truth.customers);
    expect(got.orders).toBe(truth.orders);
    expectClose(got.revenue, truth.revenueCents / 100, 1e-9, 'revenue');
    await goToView(page, 'data');
    const rows = await quality(page);
    expect(rows.skipped_lines).toBe(truth.skippedLines);
    expect(rows.read).toBe(truth.rowsRead);
    expect(rows.guest).toBe(truth.guestRows);
    expect(rows.returns).toBe(truth.returnRows);
    expect(rows.unparseable).toBe(0);
    const partial = (truth as Truth & { partialRefundCents?: number }).partialRefundCents;
    if (partial) {
      const detail = page.locator('[data-detail="partial_refunds"]');
      expectClose(Number(await detail.getAttribute('data-value')), partial / 100, 1e-9, 'partial refunds');
    }
    if (c.headerRow > 1) await screenshot(page, testInfo, `exports-quality-${c.platform}-${name.split('.').pop()}`);
  });
}

/** Drops a file on the page itself (not the landing's drop zone), as a user dragging from the desktop. */
async function dropOnPage(page: import('@playwright/test').Page, name: string, bytes: Uint8Array) {
  await page.evaluate(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name));
      for (const type of ['dragover', 'drop']) {
        document.querySelector('main')!.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { name, data: [...bytes] },
  );
}

test('a file dropped on the dashboard opens after "replace the current data?"', async ({ page }, testInfo) => {
  const shopify = shopifyOrdersCsv();
  const woo = wooOrdersCsv();
  await openApp(page);
  await dropFiles(page, { name: shopify.name, buffer: Buffer.from(shopify.bytes) });
  await confirmMapping(page);
  expect((await kpis(page)).customers).toBe(shopify.truth.customers);
  await dropOnPage(page, woo.name, woo.bytes);
  const dialog = page.locator('[data-dialog="replace-data"]');
  await expect(dialog).toBeVisible();
  await screenshot(page, testInfo, 'exports-replace-dialog');
  await page.locator('[data-action="keep-data"]').click();
  await expect(dialog).toHaveCount(0);
  expect((await kpis(page)).customers).toBe(shopify.truth.customers);
  await dropOnPage(page, woo.name, woo.bytes);
  await page.locator('[data-action="replace-data"]').click();
  await waitMapping(page);
  await expect(page.locator('[data-platform]')).toHaveAttribute('data-platform', 'woocommerce');
  await confirmMapping(page);
  const got = await kpis(page);
  expect(got.customers).toBe(woo.truth.customers);
  expect(got.orders).toBe(woo.truth.orders);
});

test('the header-row control reads the table from another line', async ({ page }) => {
  const { name, bytes } = oneCReportCsvFile();
  await openApp(page);
  await dropFiles(page, { name, buffer: Buffer.from(bytes), mimeType: 'text/csv' });
  await waitMapping(page);
  const control = page.locator('select[data-header-row]');
  await expect(control).toHaveAttribute('data-header-row', '5');
  // line 3 is the filter line: as a header it names one column, and the mapping is incomplete
  await control.selectOption('3');
  await expect(page.locator('select[data-header-row]')).toHaveAttribute('data-header-row', '3');
  await expect(page.locator('[data-problem="mapping_incomplete"][role="status"]')).toBeVisible();
  await page.locator('select[data-header-row]').selectOption('5');
  await expect(page.locator('select[data-header-row]')).toHaveAttribute('data-header-row', '5');
  await expect(page.locator('select[data-field="customer_id"]')).toHaveAttribute('data-column', 'Дисконтная карта');
});
