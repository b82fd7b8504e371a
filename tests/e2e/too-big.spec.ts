/**
 * More lines than this browser can hold (issue 12): Ottok says so before loading, in its own words — how
 * many lines the files hold, how many this tab can take, the way out (the command line, a shorter period,
 * fewer files) — and stays usable. A small engine memory limit stands in for a 40 M-line file: the test-only
 * localStorage key of src/engine/engine.ts, read when the engine starts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, openApp, dropFiles, confirmMapping, kpis, app, screenshot } from './app';

const LIMIT = '64MB';
// src/ingest/capacity.ts: 60 % of the limit at 128 bytes a line → 64e6 × 0.6 / 128 = 300 000 lines
const CAPACITY = '300,000';

/** 1.2 M purchase lines of 22 bytes (26 MB, written to a temporary file): four times the capacity. */
let dir = '';
let bigCsv = '';
test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ottok-too-big-'));
  bigCsv = path.join(dir, 'big.csv');
  const lines = ['CustomerID,InvoiceDate,Amount'];
  for (let i = 0; i < 1_200_000; i++) lines.push(`c${10000 + (i % 5000)},2024-0${1 + (i % 9)}-1${i % 10},${10 + (i % 89)}.5`);
  writeFileSync(bigCsv, lines.join('\n') + '\n');
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a file with more lines than the browser can hold is refused before loading, with the way out', async ({ page }, testInfo) => {
  await page.addInitScript((limit) => localStorage.setItem('ottok.test.memoryLimit', limit), LIMIT);
  await openApp(page);
  await dropFiles(page, bigCsv);
  await page.locator('[data-action="confirm-mapping"]').click();
  const message = page.locator('[data-messages] [data-problem="too_big"]');
  await expect(message).toBeVisible();
  await expect(message).toContainText(CAPACITY);
  await expect(message).toContainText('1,200,000');
  await expect(message).toContainText('ottok analyse');
  await expect(message).not.toContainText(/\{\w+\}|Out of Memory|memory_limit|GiB/);
  await expect(app(page)).toHaveAttribute('data-phase', 'mapping');
  await screenshot(page, testInfo, 'too-big');

  // Still usable: back to the drop zone, and a file that fits loads under the same limit.
  await page.locator('[data-action="dismiss-messages"]').click();
  await page.locator('[data-action="cancel-mapping"]').click();
  await expect(app(page)).toHaveAttribute('data-phase', 'empty');
  await dropFiles(page, {
    name: 'small.csv',
    buffer: Buffer.from('CustomerID,InvoiceDate,Amount\na,2024-01-05,10.00\na,2024-02-05,20.00\nb,2024-01-10,30.00\n'),
  });
  await confirmMapping(page);
  expect(await kpis(page)).toMatchObject({ customers: 2, orders: 3, revenue: 60 });
});

test('the message is in Russian too', async ({ page }) => {
  await page.addInitScript((limit) => localStorage.setItem('ottok.test.memoryLimit', limit), LIMIT);
  await openApp(page, '#lang=ru');
  await dropFiles(page, bigCsv);
  await page.locator('[data-action="confirm-mapping"]').click();
  const message = page.locator('[data-messages] [data-problem="too_big"]');
  await expect(message).toContainText('ottok analyse');
  await expect(message).toContainText('300');
  await expect(message).toContainText('командной строке');
});
