/**
 * The snapshot the command line writes (issue 18) opens in the web app like one the app made itself: dropped
 * onto the page, every snapshot-able view shows exactly the numbers the app shows with the fixture loaded,
 * and the overview the independent reference's KPIs. A per-customer-day extract of the fixture gives the same
 * overview; what the command line does not record says so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, openApp, dropFiles, kpis, screenshot, ROOT } from './app';
import { FIXTURE, fixtureValues, freshPage, openView, viewValues, waitView, watchErrors } from './share-helpers';
import { customerDays } from './customer-days';

const VIEWS = ['overview', 'cohorts', 'lifecycle', 'churn', 'rfm'] as const;
const reference = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/expected/fixture_online_retail_reference.json'), 'utf8'));

function cli(args: string[]): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/ottok.mjs'), 'analyse', ...args, '--threads', '2'], { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`ottok failed (${run.status}): ${run.stderr}`);
}

test('the command line’s snapshot shows the app’s own numbers in every view', async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'ottok-e2e-cli-'));
  try {
    const out = path.join(dir, 'fixture.ottok.json');
    cli([FIXTURE, '--out', out]);
    await openApp(page);
    const live = await fixtureValues(page, VIEWS);

    const reader = await freshPage(browser, baseURL!);
    const errors = watchErrors(reader);
    await reader.goto('./');
    await dropFiles(reader, { name: 'fixture.ottok.json', mimeType: 'application/json', buffer: readFileSync(out) });
    await waitView(reader);
    await expect(reader.locator('.app[data-snapshot]')).toHaveCount(1);
    const shown = await kpis(reader);
    expect(shown.customers).toBe(reference.kpis.customers);
    expect(shown.orders).toBe(reference.kpis.orders);
    expect(shown.revenue).toBeCloseTo(reference.kpis.revenue, 6);
    expect(shown.repeat_rate).toBeCloseTo(reference.kpis.repeat_purchase_rate, 7);
    await screenshot(reader, testInfo, 'cli-snapshot-overview');
    for (const view of VIEWS) {
      await openView(reader, view);
      expect(await viewValues(reader), view).toEqual(live[view]);
    }
    await openView(reader, 'products');
    await expect(reader.locator('[data-snapshot-unavailable="products"]')).toBeVisible();
    expect(errors).toEqual([]);
    await reader.context().close();

    const days = path.join(dir, 'days.csv');
    writeFileSync(days, customerDays());
    cli([days, '--out', path.join(dir, 'days.ottok.json')]);
    const daily = await freshPage(browser, baseURL!);
    const dailyErrors = watchErrors(daily);
    await daily.goto('./');
    await dropFiles(daily, { name: 'days.ottok.json', mimeType: 'application/json', buffer: readFileSync(path.join(dir, 'days.ottok.json')) });
    await waitView(daily);
    expect(await viewValues(daily)).toEqual(live.overview);
    await openView(daily, 'lifecycle');
    expect(await viewValues(daily)).toEqual(live.lifecycle);
    expect(dailyErrors).toEqual([]);
    await daily.context().close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
