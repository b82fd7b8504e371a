/**
 * Data-free snapshots, exports, printing and hosting (issue 8): a snapshot link opened in a fresh browser with
 * no file shows the same numbers, read-only, without starting DuckDB, and holds none of the fixture's customer
 * or order ids; a snapshot too big for a link is saved as a file that opens by dropping it or by
 * `?snapshot=<url>`; tables export CSV, charts PNG, a view prints on one page; the built site works under a
 * sub-path of a plain static server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, openApp, dropFiles, confirmMapping, ROOT } from './app';
import {
  FIXTURE,
  DIST,
  decodeSnapshotLink,
  fileIds,
  fixtureValues,
  freshPage,
  jsonStrings,
  openView,
  sharedUrl,
  viewValues,
  waitView,
  watchErrors,
  watchRequests,
} from './share-helpers';
import { startDataHost, startStaticHost } from './share-servers';

const VIEWS = ['overview', 'cohorts', 'lifecycle', 'churn', 'rfm'] as const;

test('a snapshot link shows the same numbers without the file and holds no customer or order id', async ({ page, browser, baseURL }, testInfo) => {
  const foreign = watchRequests(page);
  await openApp(page);
  const live = await fixtureValues(page, VIEWS);
  await openView(page, 'overview');
  await page.locator('[data-action="share-snapshot"]').click();
  const url = await sharedUrl(page);
  await expect(page.locator('[data-share-url]')).toHaveAttribute('data-share-kind', 'snapshot');
  expect(new URL(url).hash.length).toBeLessThanOrEqual(8_200);

  const snapshot = decodeSnapshotLink(url);
  const strings = jsonStrings(snapshot);
  const { customers, orders } = fileIds();
  expect([...customers].filter((id) => strings.has(id))).toEqual([]);
  expect([...orders].filter((id) => strings.has(id))).toEqual([]);
  expect(strings.has('customer_id') || strings.has('order_id')).toBe(false);

  const reader = await freshPage(browser, baseURL!);
  const errors = watchErrors(reader);
  const foreign2 = watchRequests(reader);
  const engine: string[] = [];
  reader.on('request', (r) => /\.wasm|worker/.test(r.url()) && engine.push(r.url()));
  await reader.goto(url);
  await waitView(reader);
  await expect(reader.locator('.app[data-snapshot]')).toHaveCount(1);
  await expect(reader.locator('[data-snapshot-banner]')).toContainText('fixture_online_retail_cust_mod20.csv');
  await expect(reader.locator('[data-action="new-file"], [data-action="share-snapshot"]')).toHaveCount(0);
  for (const view of VIEWS) {
    await openView(reader, view);
    expect(await viewValues(reader), view).toEqual(live[view]);
  }
  // Views built on individual customers or orders say they are not in a snapshot.
  for (const view of ['customers', 'simulator']) {
    await openView(reader, view);
    await expect(reader.locator(`[data-snapshot-unavailable="${view}"]`)).toBeVisible();
  }
  await reader.screenshot({ path: testInfo.outputPath('snapshot-customers.png') });
  expect(engine, 'no DuckDB for a snapshot').toEqual([]);
  expect(errors).toEqual([]);
  expect([...foreign, ...foreign2]).toEqual([]);
  await reader.context().close();
});

test('a snapshot too big for a link is saved as a file that opens by drop and by ?snapshot=<url>', async ({ page, browser, baseURL }) => {
  // The sample store: three years of monthly cohorts do not fit a link.
  await openApp(page, '#sample');
  await waitView(page);
  const overview = await viewValues(page);
  await openView(page, 'cohorts');
  const cohorts = await viewValues(page);
  await openView(page, 'overview');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="share-snapshot"]').click()]);
  expect(download.suggestedFilename()).toMatch(/\.ottok\.json$/);
  await expect(page.locator('[data-share-file]')).toBeVisible();
  const body = readFileSync((await download.path())!);
  expect(body.length).toBeGreaterThan(8_000);
  const { customers, orders } = fileIds(path.join(ROOT, 'sample-data/tea-shop.csv'), ';', 'Клиент', 'Номер чека');
  const strings = jsonStrings(JSON.parse(body.toString('utf8')));
  expect([...customers, ...orders].filter((id) => strings.has(id))).toEqual([]);

  const dropped = await freshPage(browser, baseURL!);
  const errors = watchErrors(dropped);
  await dropped.goto('./');
  await dropFiles(dropped, { name: download.suggestedFilename(), mimeType: 'application/json', buffer: body });
  await waitView(dropped);
  await expect(dropped.locator('.app[data-snapshot]')).toHaveCount(1);
  expect(await viewValues(dropped)).toEqual(overview);
  await dropped.context().close();

  const host = await startDataHost();
  try {
    host.put('shop.ottok.json', body);
    const hosted = await freshPage(browser, baseURL!);
    const hostedErrors = watchErrors(hosted);
    const foreign = watchRequests(hosted, [host.origin]);
    await hosted.goto(`./?snapshot=${encodeURIComponent(`${host.origin}/cors/shop.ottok.json`)}#view=cohorts`);
    await waitView(hosted);
    await expect(hosted.locator('.app[data-snapshot]')).toHaveCount(1);
    expect(await viewValues(hosted)).toEqual(cohorts);
    expect([...errors, ...hostedErrors]).toEqual([]);
    expect(foreign).toEqual([]);
    await hosted.context().close();
  } finally {
    await host.close();
  }
});

test('tables export CSV, charts export PNG, a view prints on one page', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, FIXTURE);
  await confirmMapping(page);
  const grab = async (selector: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
    return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
  };
  const png = await grab('[data-chart] [data-action="export-png"]');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(await page.locator('[data-chart]').count()).toBe(await page.locator('[data-chart] [data-action="export-png"]').count());

  for (const [view, header] of [
    ['churn', 'Month,Churned'],
    ['cohorts', 'First purchase,Customers,0,1'],
    ['rfm', 'Segment,Customers'],
    ['data', 'Rule,Rows,Value'],
  ] as const) {
    await openView(page, view);
    const csv = await grab('[data-action="export-csv"]');
    expect(csv.name).toMatch(/^ottok-.+\.csv$/);
    const text = csv.body.toString('utf8');
    expect(text.charCodeAt(0), 'UTF-8 BOM').toBe(0xfeff);
    expect(text.slice(1)).toMatch(new RegExp(`^${header}`));
  }

  // "Print" fits a view of KPIs and charts on one A4 page (print-fit.ts runs on beforeprint; page.pdf does not fire it).
  for (const view of ['overview', 'rfm']) {
    await openView(page, view);
    await expect(page.locator('[data-action="print"]')).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length, `${view}: pages`).toBe(1);
  }
});

test('the built site works from a plain static server under a sub-path', async ({ browser }) => {
  const host = await startStaticHost(DIST, '/tools/ottok/');
  try {
    const page = await freshPage(browser, `${host.origin}/tools/ottok/`);
    const errors = watchErrors(page);
    const foreign = watchRequests(page);
    await page.goto('./?data=sample-data/tea-shop.csv');
    await confirmMapping(page);
    await expect(page.locator('[data-kpi="customers"]')).toHaveAttribute('data-value', /^\d{4,}$/);
    expect(host.requests.every((p) => p.startsWith('/tools/ottok/')), host.requests.join('\n')).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  } finally {
    await host.close();
  }
});
