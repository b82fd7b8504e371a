/**
 * Share links and hosted data (issue 8): a copied link restores the view and every setting once the same file
 * is dropped (mapping step skipped), and says which file it expects before; `?data=` loads a file from the
 * site itself (relative) or from another origin that allows CORS, and explains every refusal. No request
 * leaves the page's origin except to the `?data=` host.
 */
import { test, expect, openApp, dropFiles, confirmMapping, allowConsoleErrors } from './app';
import { FIXTURE, FIXTURE_NAME, openView, sharedUrl, viewValues, waitView, watchErrors, watchRequests } from './share-helpers';
import { startDataHost, fixtureBytes, type TestServer } from './share-servers';

test('a copied link restores view and settings once the same file is dropped', async ({ page, context }) => {
  const foreign = watchRequests(page);
  await openApp(page);
  await dropFiles(page, FIXTURE);
  await confirmMapping(page);

  // Settings on three views: margin and window (overview), a threshold (lifecycle), grain and metric (cohorts).
  await page.locator('input[data-setting="margin"]').fill('45');
  await page.locator('input[data-setting="margin"]').press('Enter');
  await page.locator('select[data-setting="window"]').selectOption('last12');
  await waitView(page);
  await openView(page, 'lifecycle');
  await page.locator('input[data-setting="threshold-lost"]').fill('5');
  await page.locator('input[data-setting="threshold-lost"]').press('Enter');
  await waitView(page);
  await openView(page, 'overview');
  const overview = await viewValues(page);
  await openView(page, 'cohorts');
  await page.locator('button[data-grain="quarter"]').click();
  await page.locator('button[data-metric="ltv"]').click();
  await waitView(page);
  await page.locator('button[data-locale="ru"]').click();
  const cohorts = await viewValues(page);
  expect(Object.keys(cohorts).filter((k) => k.startsWith('cohort:')).length).toBeGreaterThan(10);

  await page.locator('[data-action="copy-link"]').click();
  const url = await sharedUrl(page);
  expect(url).toContain('view=cohorts');
  expect(url).toContain('grain=quarter');
  expect(url).toContain(`file=${FIXTURE_NAME}`);

  const second = await context.newPage();
  const errors = watchErrors(second);
  const foreign2 = watchRequests(second);
  await second.goto(url);
  const expected = second.locator('[data-expected-file]');
  await expect(expected).toHaveAttribute('data-expected-file', FIXTURE_NAME);
  await expect(expected).toHaveAttribute('data-expected-rows', '18379');
  await expect(second.locator('html')).toHaveAttribute('lang', 'ru');
  await dropFiles(second, FIXTURE); // the link's mapping matches: no mapping step
  await waitView(second);
  await expect(second.locator('a[data-view="cohorts"]')).toHaveClass(/active/);
  await expect(second.locator('[data-grain="quarter"][data-metric="ltv"]')).toBeVisible();
  expect(await viewValues(second)).toEqual(cohorts);
  await expect(second.locator('[data-messages]')).toHaveCount(0);

  await openView(second, 'overview');
  await expect(second.locator('input[data-setting="margin"]')).toHaveValue('45');
  await expect(second.locator('select[data-setting="window"]')).toHaveValue('last12');
  expect(await viewValues(second)).toEqual(overview);
  await openView(second, 'lifecycle');
  await expect(second.locator('input[data-setting="threshold-lost"]')).toHaveValue('5');
  expect(errors).toEqual([]);
  expect([...foreign, ...foreign2]).toEqual([]);
});

test('a link to the customers list keeps its filters; another file than the expected one is reported', async ({ page, context }) => {
  await openApp(page);
  await dropFiles(page, FIXTURE);
  await confirmMapping(page);
  await openView(page, 'customers');
  await page.locator('select[data-filter="status"]').selectOption('at_risk');
  await page.locator('input[data-filter="search"]').fill('15');
  await expect(page).toHaveURL(/q=15/);
  await waitView(page);
  const values = await viewValues(page);
  await page.locator('[data-action="copy-link"]').click();
  const url = await sharedUrl(page);
  expect(url).toContain('status=at_risk');

  const second = await context.newPage();
  const errors = watchErrors(second);
  await second.goto(url.replace(/file\.rows=\d+/, 'file.rows=99'));
  await dropFiles(second, FIXTURE);
  await waitView(second);
  await expect(second.locator('select[data-filter="status"]')).toHaveValue('at_risk');
  await expect(second.locator('input[data-filter="search"]')).toHaveValue('15');
  expect(await viewValues(second)).toEqual(values);
  await expect(second.locator('[data-problem="other_file"]')).toContainText('99');
  expect(errors).toEqual([]);
});

test('?data= with a relative path loads the sample from the site; its link skips the mapping step', async ({ page, context }) => {
  const foreign = watchRequests(page);
  await page.goto('./?data=sample-data/tea-shop.csv');
  await confirmMapping(page);
  await openView(page, 'rfm');
  const values = await viewValues(page);
  await page.locator('[data-action="copy-link"]').click();
  const url = await sharedUrl(page);
  expect(new URL(url).search).toBe('?data=sample-data/tea-shop.csv');

  const second = await context.newPage();
  const errors = watchErrors(second);
  await second.goto(url);
  await waitView(second);
  await expect(second.locator('[data-action="confirm-mapping"]')).toHaveCount(0);
  expect(await viewValues(second)).toEqual(values);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test.describe('?data= from another origin', () => {
  let host: TestServer;
  test.beforeAll(async () => {
    host = await startDataHost();
    host.put('fixture.csv', fixtureBytes(FIXTURE));
  });
  test.afterAll(() => host.close());

  test('with CORS: a progress bar, then the mapping step and the dashboard', async ({ page }) => {
    const foreign = watchRequests(page, [host.origin]);
    await page.goto(`./?data=${encodeURIComponent(`${host.origin}/cors/fixture.csv`)}`);
    const bar = page.locator('[data-download] [role="progressbar"]');
    await expect(bar).toBeVisible();
    await expect.poll(async () => Number((await bar.getAttribute('data-progress')) || 0)).toBeGreaterThan(0);
    await confirmMapping(page);
    await expect(page.locator('[data-kpi="customers"]')).toHaveAttribute('data-value', '220');
    expect(foreign).toEqual([]);
    expect(host.requests).toContain('/cors/fixture.csv');
  });

  for (const [what, file, problem] of [
    ['a host that refuses CORS', '/nocors/fixture.csv', 'url_unreachable'],
    ['a missing file', '/missing.csv', 'url_not_found'],
    ['a web page', '/page.html', 'url_page'],
    ['a file too big', '/huge.csv', 'url_too_large'],
    ['a failing server', '/error.csv', 'url_http'],
  ] as const) {
    test(`says what to do about ${what}`, async ({ page }) => {
      allowConsoleErrors(page, /Failed to load resource|CORS policy|Access-Control-Allow-Origin/);
      await page.goto(`./?data=${encodeURIComponent(host.origin + file)}`);
      await expect(page.locator(`[data-problem="${problem}"]`)).toBeVisible();
      await expect(page.locator('.app')).toHaveAttribute('data-phase', 'empty');
      await expect(page.locator('.app')).toHaveAttribute('data-state', 'ready');
      await expect(page.locator('[data-problem]')).toContainText(host.origin.replace('http://', ''));
    });
  }
});
