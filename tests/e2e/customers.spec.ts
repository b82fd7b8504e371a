/**
 * The customers list on the UCI fixture: filters opened from other views, counts against the references,
 * and the campaign export (encoding, separators, rows) read back from the downloaded file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, dropFiles, confirmMapping, waitReady, screenshot, FIXTURES } from './app';

const FIXTURE = path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv');
const lifecycle = JSON.parse(readFileSync(path.join(FIXTURES, 'expected/fixture_online_retail_lifecycle.json'), 'utf8'));
const rfmRows = readFileSync(path.join(FIXTURES, 'expected/fixture_online_retail_rfm.csv'), 'utf8').trim().split('\n').slice(1);

async function count(page: Page): Promise<number> {
  await waitReady(page);
  return Number(await page.locator('[data-count]').getAttribute('data-count'));
}

async function exported(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').first().click()]);
  return readFileSync((await download.path())!, 'utf8');
}

test('customers: segment and status filters match the references; the export is an Excel-ready CSV', async ({ page }, testInfo) => {
  await openApp(page);
  await dropFiles(page, FIXTURE);
  await confirmMapping(page);
  await waitReady(page);

  await page.locator('a[data-view="customers"]').click();
  expect(await count(page)).toBe(rfmRows.length);
  await screenshot(page, testInfo, 'customers');

  // a segment clicked in the RFM view opens the list filtered to it
  await page.locator('a[data-view="rfm"]').click();
  await waitReady(page);
  await page.locator('[data-segment="Champions"]').first().click();
  await expect(page).toHaveURL(/view=customers/);
  expect(await count(page)).toBe(lifecycle.rfm_segments.Champions);
  await expect(page.locator('[data-customer]').first()).toBeVisible();

  const english = await exported(page);
  expect(english.charCodeAt(0)).toBe(0xfeff);
  const lines = english.slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(lifecycle.rfm_segments.Champions + 1);
  expect(lines[0].split(',')[0]).toBe('Customer');
  // every exported id is a fixture customer whose reference scores are 4–5 on R, F and M
  const scores = new Map(rfmRows.map((row) => row.split(',')).map((c) => [c[0], [c[10], c[11], c[12]].map(Number)]));
  for (const line of lines.slice(1)) {
    const [r, f, m] = scores.get(line.split(',')[0])!;
    expect(Math.min(r, f, m)).toBeGreaterThanOrEqual(4);
  }

  // a lifecycle status filter, and the Russian export with ; and decimal commas
  await page.locator('select[data-filter="segment"]').selectOption('');
  await page.locator('select[data-filter="status"]').selectOption('at_risk');
  expect(await count(page)).toBe(lifecycle.status_counts.at_risk);
  await page.locator('button[data-locale="ru"]').click();
  const russian = await exported(page);
  const ruLines = russian.slice(1).trim().split('\r\n');
  expect(ruLines).toHaveLength(lifecycle.status_counts.at_risk + 1);
  expect(ruLines[0].split(';')[0]).toBe('Покупатель');
  expect(ruLines.slice(1).every((line) => line.split(';').length === ruLines[0].split(';').length)).toBe(true);
  expect(ruLines.slice(1).some((line) => /;\d+,\d+;/.test(line))).toBe(true);

  // the card explains the status
  await page.locator('[data-customer]').first().click();
  await expect(page.locator('[data-card][data-state="ready"] [data-why="at_risk"]')).toBeVisible();
  await screenshot(page, testInfo, 'customer-card');
});
