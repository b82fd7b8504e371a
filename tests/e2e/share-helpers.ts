/**
 * Helpers of the sharing specs: every request a page makes is checked against the origins it may use, pages
 * outside the `page` fixture get the same console-error guard, and the numbers of a view are read from the
 * testing-contract attributes so that two pages can be compared.
 */
import { inflateRawSync } from 'node:zlib';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { confirmMapping, dropFiles, expect, FIXTURES, ROOT } from './app';
import { readFileSync } from 'node:fs';
import { parseCsv } from './csv';

export const FIXTURE = path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv');
export const FIXTURE_NAME = 'fixture_online_retail_cust_mod20.csv';
/** The built site the preview server serves (OTTOK_DIST when a build went elsewhere). */
export const DIST = process.env.OTTOK_DIST ?? path.join(ROOT, 'dist');

/**
 * Records every request of the page whose origin is not the page's own nor one of `allowed` (the `?data=`
 * host); `data:` and `blob:` URLs are the page's own. Returns the list, to be asserted empty.
 */
export function watchRequests(page: Page, allowed: string[] = []): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    const own = new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin;
    if (url.origin !== own && !allowed.includes(url.origin)) foreign.push(request.url());
  });
  return foreign;
}

/** Console errors and page errors of a page made outside the `page` fixture (the fixture checks its own). */
export function watchErrors(page: Page, allowed: RegExp[] = []): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !allowed.some((re) => re.test(m.text())) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** A page in a fresh browser context (nothing shared with the first), with the suite's locale and size. */
export async function freshPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1360, height: 900 } });
  return context.newPage();
}

export async function waitView(page: Page): Promise<void> {
  await expect(page.locator('.app[data-state="ready"][data-phase="ready"]')).toBeVisible({ timeout: 90_000 });
}

export async function openView(page: Page, view: string): Promise<void> {
  await page.locator(`a[data-view="${view}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#(.*&)?view=${view}(&|$)`));
  await waitView(page);
}

/** The numbers a view shows, by their contract attributes: KPI tiles, cohort cells, status cards, churn months. */
export async function viewValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const values: Record<string, string> = {};
    const read = (selector: string, key: (e: Element) => string, value: (e: Element) => string | null) =>
      document.querySelectorAll(`.app ${selector}`).forEach((e) => (values[key(e)] = value(e) ?? ''));
    read('[data-kpi]', (e) => `kpi:${e.getAttribute('data-kpi')}`, (e) => e.getAttribute('data-value'));
    read('[data-cohort][data-period]', (e) => `cohort:${e.getAttribute('data-cohort')}+${e.getAttribute('data-period')}`, (e) => `${e.getAttribute('data-value')}|${e.getAttribute('data-metric-value')}`);
    read('[data-status]', (e) => `status:${e.getAttribute('data-status')}`, (e) => e.getAttribute('data-value'));
    read('[data-segment]', (e) => `segment:${e.getAttribute('data-segment')}`, (e) => e.getAttribute('data-value'));
    read('tr[data-month]', (e) => `month:${e.getAttribute('data-month')}`, (e) => `${e.getAttribute('data-lapses')}|${e.getAttribute('data-revenue-lost')}|${e.getAttribute('data-churn-rate') ?? ''}`);
    read('[data-count]', () => 'count', (e) => e.getAttribute('data-count'));
    return values;
  });
}

/** The fixture dropped and loaded, then each view opened: view → its numbers (viewValues). */
export async function fixtureValues(page: Page, views: readonly string[]): Promise<Record<string, Record<string, string>>> {
  await dropFiles(page, FIXTURE);
  await confirmMapping(page);
  const live: Record<string, Record<string, string>> = {};
  for (const view of views) {
    await openView(page, view);
    live[view] = await viewValues(page);
  }
  return live;
}

/** The link the page shows after copy-link or share-snapshot. */
export async function sharedUrl(page: Page): Promise<string> {
  const element = page.locator('[data-share-url]');
  await expect(element).toBeVisible({ timeout: 120_000 });
  return (await element.getAttribute('data-share-url'))!;
}

/** A snapshot link's payload, decoded as the app does (base64url → deflate-raw → JSON). */
export function decodeSnapshotLink(url: string): unknown {
  const packed = new URLSearchParams(new URL(url).hash.slice(1)).get('snap')!;
  return JSON.parse(inflateRawSync(Buffer.from(packed, 'base64url')).toString('utf8'));
}

/** Every string in a JSON value (keys too). */
export function jsonStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      jsonStrings(v, into);
    }
  }
  return into;
}

/** A CSV file's customer ids (as written and without a float export's `.0`) and order numbers. */
export function fileIds(file = FIXTURE, delimiter = ',', customerColumn = 'CustomerID', orderColumn = 'InvoiceNo'): { customers: Set<string>; orders: Set<string> } {
  const rows = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), delimiter);
  const [header] = rows;
  const customer = header.indexOf(customerColumn);
  const order = header.indexOf(orderColumn);
  const customers = new Set<string>();
  const orders = new Set<string>();
  for (const row of rows.slice(1)) {
    if (row[customer]) customers.add(row[customer]).add(row[customer].replace(/\.0$/, ''));
    if (row[order]) orders.add(row[order]);
  }
  return { customers, orders };
}
