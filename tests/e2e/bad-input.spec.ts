/**
 * Bad input (issue 2, point 8): each case gets its own message naming the file and what to do, and the
 * app stays usable afterwards (a good file or the sample then loads). File text is never HTML.
 */
import { closeSync, mkdtempSync, openSync, ftruncateSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openApp,
  dropFiles,
  mapping,
  confirmMapping,
  waitReady,
  kpis,
  problems,
  goToView,
  app,
  screenshot,
} from './app';

/** A small valid export: 3 customers, 5 orders, revenue 100.00. */
const GOOD = {
  name: 'good.csv',
  buffer: Buffer.from(
    [
      'CustomerID,InvoiceDate,Amount',
      'a,2024-01-05,10.00',
      'a,2024-02-05,20.00',
      'b,2024-01-10,30.00',
      'c,2024-03-01,15.50',
      'c,2024-03-20,24.50',
    ].join('\n') + '\n',
  ),
};

/** The message for `code` is shown, names the file, and has no unfilled `{placeholder}`. */
async function expectProblem(page: Page, code: string, fileName: string): Promise<void> {
  const message = page.locator(`[data-messages] [data-problem="${code}"]`);
  await expect(message).toBeVisible();
  await expect(message).toContainText(fileName);
  await expect(message).not.toContainText(/\{\w+\}/);
  // A refused file leaves the app settled, back at the drop zone.
  await expect(app(page)).toHaveAttribute('data-state', 'ready');
  await expect(app(page)).toHaveAttribute('data-phase', 'empty');
}

/** The app still works: messages can be dismissed and a good file loads to the overview. */
async function expectUsable(page: Page): Promise<void> {
  if ((await page.locator('[data-messages]').count()) > 0) {
    await page.locator('[data-action="dismiss-messages"]').click();
    await expect(page.locator('[data-messages]')).toHaveCount(0);
  }
  await dropFiles(page, GOOD);
  await confirmMapping(page);
  expect(await kpis(page)).toMatchObject({ customers: 3, orders: 5, revenue: 100 });
  expect(await problems(page)).toEqual([]);
}

test('an empty file', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, { name: 'empty.csv', buffer: Buffer.alloc(0) });
  await expectProblem(page, 'empty', 'empty.csv');
  await expectUsable(page);
});

test('a header without data rows', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, { name: 'header-only.csv', buffer: Buffer.from('CustomerID,InvoiceDate,Amount\n') });
  await expectProblem(page, 'empty', 'header-only.csv');
  await expectUsable(page);
});

test('a PNG image', async ({ page }) => {
  // PNG signature + IHDR chunk of a 1×1 RGBA image (length, type, fields, CRC).
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
  ]);
  await openApp(page);
  await dropFiles(page, { name: 'receipt.png', mimeType: 'image/png', buffer: png });
  await expectProblem(page, 'binary', 'receipt.png');
  // The same bytes under a .csv name are still refused.
  await dropFiles(page, { name: 'sales.csv', buffer: png });
  await expectProblem(page, 'binary', 'sales.csv');
  await expectUsable(page);
});

test('a CSV with ragged rows', async ({ page }) => {
  const lines = ['CustomerID,InvoiceDate,Amount'];
  for (let i = 1; i <= 60; i++) {
    // Every third line has an unquoted comma in the amount: four fields instead of three.
    lines.push(i % 3 === 0 ? `c${i},2024-01-${String((i % 28) + 1).padStart(2, '0')},1,234.50` : `c${i},2024-01-01,12.50`);
  }
  await openApp(page);
  await dropFiles(page, { name: 'ragged.csv', buffer: Buffer.from(lines.join('\n') + '\n') });
  await expectProblem(page, 'ragged_rows', 'ragged.csv');
  await expectUsable(page);
});

test('a CSV with an unbalanced quote', async ({ page }) => {
  const lines = ['CustomerID,InvoiceDate,Amount,Product'];
  for (let i = 1; i <= 30; i++) lines.push(`c${i},2024-01-02,10.00,${i === 7 ? '"Green tea, 100 g' : 'Black tea'}`);
  await openApp(page);
  await dropFiles(page, { name: 'quote.csv', buffer: Buffer.from(lines.join('\n') + '\n') });
  await expectProblem(page, 'unbalanced_quotes', 'quote.csv');
  await expect(page.locator('[data-problem="unbalanced_quotes"]')).toContainText('8'); // line 8 of the file
  await expectUsable(page);
});

test('a legacy .xls workbook', async ({ page }) => {
  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  await openApp(page);
  await dropFiles(page, { name: 'export.xls', mimeType: 'application/vnd.ms-excel', buffer: ole });
  await expectProblem(page, 'legacy_xls', 'export.xls');
  await expectUsable(page);
});

/** Back from the mapping step to the drop zone (the button has no data-action yet). */
async function backFromMapping(page: Page): Promise<void> {
  await page.locator('.mapping').getByRole('button', { name: /^(Back|Назад)$/ }).click();
  await expect(app(page)).toHaveAttribute('data-phase', 'empty');
}

test('a CSV with no date-like column: the mapping step says what is missing, confirm stays disabled', async ({ page }) => {
  const lines = ['CustomerID,Product,Amount'];
  for (let i = 1; i <= 20; i++) lines.push(`c${i % 5},Tea ${i},${i}.50`);
  await openApp(page);
  await dropFiles(page, { name: 'no-dates.csv', buffer: Buffer.from(lines.join('\n') + '\n') });
  expect(await mapping(page)).toMatchObject({ customer_id: 'CustomerID', order_ts: '', amount: 'Amount' });
  const missing = page.locator('[data-problem="mapping_incomplete"]');
  await expect(missing).toBeVisible();
  await expect(missing).toContainText('Order date');
  await expect(missing).not.toContainText('Customer');
  await expect(page.locator('[data-action="confirm-mapping"]')).toBeDisabled();
  // Mapping a non-date column by hand does not make it loadable silently: the preview shows unreadable dates.
  await page.locator('select[data-role="order_ts"]').selectOption('Product');
  await expect(page.locator('[data-preview="parsed"] td.bad').first()).toBeVisible();
  await backFromMapping(page);
  await page.locator('[data-action="load-sample"]').click();
  await waitReady(page);
  expect((await kpis(page)).customers).toBeGreaterThan(1000);
});

test('a CSV with no amount-like column', async ({ page }) => {
  const lines = ['CustomerID,InvoiceDate,Product'];
  for (let i = 1; i <= 20; i++) lines.push(`c${i % 5},2024-01-${String(i).padStart(2, '0')},Tea ${i}`);
  await openApp(page);
  await dropFiles(page, { name: 'no-amount.csv', buffer: Buffer.from(lines.join('\n') + '\n') });
  expect(await mapping(page)).toMatchObject({ customer_id: 'CustomerID', order_ts: 'InvoiceDate', amount: '' });
  await expect(page.locator('[data-problem="mapping_incomplete"]')).toContainText('Amount');
  await expect(page.locator('[data-action="confirm-mapping"]')).toBeDisabled();
  await backFromMapping(page);
  await expectUsable(page);
});

test('a mapping that leaves a required field empty', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, GOOD);
  await mapping(page);
  const confirm = page.locator('[data-action="confirm-mapping"]');
  await expect(confirm).toBeEnabled();
  await expect(page.locator('[data-problem="mapping_incomplete"]')).toHaveCount(0);

  await page.locator('select[data-role="customer_id"]').selectOption('');
  await expect(page.locator('[data-problem="mapping_incomplete"]')).toContainText('Customer');
  await expect(confirm).toBeDisabled();
  // Clicking the disabled button does nothing.
  await confirm.click({ force: true });
  await expect(app(page)).toHaveAttribute('data-phase', 'mapping');

  await page.locator('select[data-role="customer_id"]').selectOption('CustomerID');
  await expect(page.locator('[data-problem="mapping_incomplete"]')).toHaveCount(0);
  await confirmMapping(page);
  expect(await kpis(page)).toMatchObject({ customers: 3, orders: 5, revenue: 100 });
});

test('a file of 2 GB or more is not refused for its size: it is read in slices and judged by what it holds', async ({ page }) => {
  const GiB2 = 2 ** 31;
  await openApp(page);

  // 1. Through the file input: a sparse file on disk (no 2 GB written, the file system stores a hole);
  //    Playwright hands the path of a local file to Chromium without reading it. Its bytes are zeros.
  const dir = mkdtempSync(path.join(tmpdir(), 'ottok-e2e-'));
  const huge = path.join(dir, 'huge.csv');
  try {
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, GiB2);
    closeSync(fd);
    expect(statSync(huge).size).toBe(GiB2);
    await dropFiles(page, huge);
    await expectProblem(page, 'binary', 'huge.csv');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // 2. Through drag and drop: a 2 GiB File built in the page from 2048 references to one 1 MiB Blob (the
  //    browser keeps references, not copies), dropped on the drop zone with a DataTransfer: one endless line.
  await page.locator('[data-action="dismiss-messages"]').click();
  const size = await page.locator('.drop').evaluate((zone) => {
    const mib = new Blob([new Uint8Array(1024 * 1024).fill(0x41)]);
    const file = new File(Array(2048).fill(mib), 'dropped-2gb.csv', { type: 'text/csv' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return file.size;
  });
  expect(size).toBe(GiB2);
  await expectProblem(page, 'long_line', 'dropped-2gb.csv');
  await expectUsable(page);
});

test('text from the file is never interpreted as HTML', async ({ page }, testInfo) => {
  const payload = (n: number) => `<img src=x onerror=window.__pwned=${n}>`;
  const lines = [`Customer,Date,Amount,Product,<svg onload=window.__pwned=3>`];
  lines.push(`${payload(1)},2024-01-05,10.50,${payload(2)},x`);
  for (let i = 1; i <= 20; i++) lines.push(`c${i % 4},2024-01-${String(i + 5).padStart(2, '0')},${i}.25,Tea <b>bold</b>,y`);
  lines.push(`c1,${payload(5)},5.00,Tea,z`); // an unreadable date, quoted back in the data-quality report

  await openApp(page);
  // The file name is shown in messages too.
  await dropFiles(page, { name: `${payload(4)}.csv`, buffer: Buffer.alloc(0) });
  await expect(page.locator('[data-problem="empty"]')).toContainText(`${payload(4)}.csv`);

  await dropFiles(page, { name: 'inject.csv', buffer: Buffer.from(lines.join('\n') + '\n') });
  expect(await mapping(page)).toMatchObject({ customer_id: 'Customer', order_ts: 'Date', amount: 'Amount', product: 'Product' });
  await expect(page.locator('[data-preview="raw"]')).toContainText(payload(1));
  await expect(page.locator('[data-preview="raw"]')).toContainText(payload(2));
  await expect(page.locator('[data-preview="raw"] thead')).toContainText('<svg onload=window.__pwned=3>');
  await expect(page.locator('[data-preview="parsed"]')).toContainText(payload(1));
  await expect(page.locator('[data-preview="parsed"]')).toContainText('Tea <b>bold</b>');
  await expect(page.locator('.app img, .app svg[onload]')).toHaveCount(0);
  await expect(page.locator('.app b', { hasText: 'bold' })).toHaveCount(0);
  await screenshot(page, testInfo, 'mapping-injection');

  await confirmMapping(page);
  expect((await kpis(page)).customers).toBe(5);
  await goToView(page, 'data');
  await expect(page.locator('[data-quality="unparseable"]')).toHaveAttribute('data-rows', '1');
  await expect(page.locator('[data-detail="bad_date"]')).toContainText(payload(5));
  await expect(page.locator('.app img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
