/**
 * The timing view on the sample store (DESIGN §3c): the KPI tiles and per-cohort return shares against figures
 * derived here from the sample CSV itself (tests/e2e/sample-history.ts), the due-soon list exported and read back,
 * and the payback table from typed spend (kept in the hash).
 */
import { readFileSync } from 'node:fs';
import { test, expect, openApp, waitReady, screenshot, expectClose } from './app';
import { parseCsv } from './csv';
import { dayNumber, isoDay, median, sampleHistory } from './sample-history';

const { customers, asOf } = sampleHistory();
const all = [...customers.values()];
const month = (day: number) => isoDay(day).slice(0, 7);

/** Share of first-time buyers back within n days, among those whose first day is ≤ as-of − n (null: none). */
function returnRate(group: typeof all, n: number): number | null {
  const old = group.filter((c) => c.days[0] <= asOf - n);
  return old.length === 0 ? null : old.filter((c) => c.days.length > 1 && c.days[1] - c.days[0] <= n).length / old.length;
}

test('timing: median days to second purchase, return shares per cohort, due soon exported, payback from typed spend', async ({ page }, testInfo) => {
  await openApp(page, '#sample');
  await waitReady(page);
  await page.locator('a[data-view="timing"]').click();
  await expect(page).toHaveURL(/view=timing/);
  await waitReady(page);
  const view = page.locator('section[data-view="timing"]');
  await expect(view).toBeVisible();

  const repeaters = all.filter((c) => c.days.length > 1);
  const tile = (name: string) => page.locator(`[data-kpi="${name}"]`).getAttribute('data-value');
  expect(Number(await tile('median_days_to_second'))).toBe(median(repeaters.map((c) => c.days[1] - c.days[0])));
  expectClose(Number(await tile('second_purchase_rate_90')), returnRate(all, 90)!, 1e-12, 'second_purchase_rate_90');

  // per cohort: 30 / 90 / 365, blank where the month is too young
  const cohorts = new Map<string, typeof all>();
  for (const c of all) (cohorts.get(month(c.days[0])) ?? cohorts.set(month(c.days[0]), []).get(month(c.days[0]))!).push(c);
  const rows = page.locator('[data-panel="return-cohorts"] tr[data-cohort]');
  await expect(rows).toHaveCount(cohorts.size);
  for (const [cohort, group] of cohorts) {
    const row = page.locator(`[data-panel="return-cohorts"] tr[data-cohort="${cohort}"]`);
    for (const n of [30, 90, 365]) {
      const expected = returnRate(group, n);
      const value = await row.getAttribute(`data-return-${n}`);
      if (expected === null) expect(value, `${cohort} ${n}`).toBe('');
      else expectClose(Number(value), expected, 1e-12, `${cohort} within ${n}`);
    }
  }
  // the as-of date is 2025-12-31: first purchases from 2025-01-01 on are too young for 365 days — blank, not 0
  expect(isoDay(asOf)).toBe('2025-12-31');
  expect(await page.locator('[data-panel="return-cohorts"] tr[data-cohort="2025-01"]').getAttribute('data-return-365')).toBe('');
  expect(await page.locator('[data-panel="return-cohorts"] tr[data-cohort="2024-12"]').getAttribute('data-return-365')).not.toBe('');
  // the sample's customers come back slowly: more than a quarter of returners take over 90 days
  const late = repeaters.filter((c) => c.days[1] - c.days[0] > 90).length / repeaters.length;
  expect(late).toBeGreaterThan(0.25);
  await expect(page.locator('[data-advice="slow"]')).toContainText(`Half of those who come back do so within ${median(repeaters.map((c) => c.days[1] - c.days[0]))} days, and ${Math.round(late * 100)}%`);
  await screenshot(page, testInfo, 'timing-sample-en');

  // due within 14 days: next purchase = last day + round(median gap) in (as-of, as-of + 14], status active or due
  await page.locator('[data-panel="due-soon"] button[data-due="14"]').click();
  await expect(page).toHaveURL(/due=14/);
  await waitReady(page);
  const typical = (days: number[]) => median(days.slice(1).map((d, i) => d - days[i]));
  const due = [...customers].filter(([, c]) => {
    if (c.days.length < 2) return false;
    const last = c.days[c.days.length - 1];
    const next = last + Math.round(typical(c.days));
    const since = asOf - last;
    return next > asOf && next <= asOf + 14 && since <= 2.5 * typical(c.days);
  });
  await expect(page.locator('[data-due-count]')).toHaveAttribute('data-due-count', String(due.length));
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-panel="due-soon"] [data-action="export-csv"]').click()]);
  const csv = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, ''));
  expect(csv[0].slice(0, 4)).toEqual(['Customer', 'Last purchase', 'Usual gap', 'Next purchase']);
  const exported = new Map(csv.slice(1).map((r) => [r[0], r]));
  expect([...exported.keys()].sort()).toEqual(due.map(([id]) => id).sort());
  for (const [id, c] of due) {
    expect(exported.get(id)![3]).toBe(isoDay(c.days[c.days.length - 1] + Math.round(typical(c.days))));
    const p = Number(exported.get(id)![5]);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  }

  // payback: 60 000 spent in January 2023; margin 30 %
  const first = '2023-01';
  const cohort = cohorts.get(first)!;
  await page.locator(`input[data-spend="${first}"]`).fill('60000');
  await page.locator(`input[data-spend="${first}"]`).press('Enter');
  const payRow = page.locator(`[data-panel="payback"] tr[data-cohort="${first}"]`);
  await expect(payRow).not.toHaveAttribute('data-cac', '');
  const cac = 60000 / cohort.length;
  expectClose(Number(await payRow.getAttribute('data-cac')), cac, 1e-12, 'CAC');
  const monthIndex = (day: number) => {
    const [y, m] = month(day).split('-').map(Number);
    return y * 12 + m - 2023 * 12 - 1;
  };
  const perMonth: number[] = [];
  for (const c of cohort) c.days.forEach((d, i) => d <= asOf && (perMonth[monthIndex(d)] = (perMonth[monthIndex(d)] ?? 0) + c.revenue[i]));
  let cumulative = 0;
  let paid: number | null = null;
  const profit: number[] = [];
  for (let k = 0; k <= monthIndex(asOf); k++) {
    cumulative += perMonth[k] ?? 0;
    profit.push((0.3 * cumulative) / cohort.length);
    if (paid === null && profit[k] >= cac) paid = k;
  }
  expect(await payRow.getAttribute('data-payback-month')).toBe(paid === null ? '' : String(paid));
  expectClose(Number(await payRow.getAttribute('data-ltv-cac-12')), profit[11] / cac, 1e-9, 'LTV:CAC 12');
  expect(await page.locator(`[data-panel="payback"] tr[data-cohort="2023-02"]`).getAttribute('data-cac')).toBe('');
  await expect(page).toHaveURL(/spend=2023-01%3A60000/);
  await screenshot(page, testInfo, 'timing-payback-en');
  await page.locator('[data-panel="payback"]').screenshot({ path: 'test-results/screenshots/timing-payback-panel-en.png' });

  // Russian
  await page.locator('button[data-locale="ru"]').click();
  await waitReady(page);
  await expect(page.locator('[data-advice="slow"]')).toContainText('Половина вернувшихся');
  await screenshot(page, testInfo, 'timing-sample-ru');
  expect(dayNumber(isoDay(asOf))).toBe(asOf);
});

test('customers list: next purchase and the chance to buy in 30 days on every row, sortable and filterable', async ({ page }) => {
  await openApp(page, '#sample&view=customers');
  await waitReady(page);
  const rows = page.locator('[data-customer][data-p-buy-30]');
  await expect(rows.first()).toBeVisible();
  const read = () =>
    rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-customer')!, e.getAttribute('data-next-purchase')!, e.getAttribute('data-p-buy-30')!]));
  for (const [id, next, p] of await read()) {
    const c = customers.get(id)!;
    expect(next, id).toBe(c.days.length < 2 ? '' : isoDay(c.days[c.days.length - 1] + Math.round(median(c.days.slice(1).map((d, i) => d - c.days[i])))));
    expect(Number(p), id).toBeGreaterThanOrEqual(0);
    expect(Number(p), id).toBeLessThanOrEqual(1);
    expect(p).not.toBe('');
  }

  // sorted by the chance, highest first
  await page.locator('[data-sort="p_buy"]').click();
  await waitReady(page);
  // the sort state is on the column header around the sort button (tests/e2e/a11y.spec.ts)
  await expect(page.locator('[role="columnheader"]:has([data-sort="p_buy"])')).toHaveAttribute('aria-sort', 'descending');
  const chances = (await read()).map(([, , p]) => Number(p));
  expect(chances).toEqual([...chances].sort((a, b) => b - a));

  // only the likely buyers, then only those due within 7 days
  await page.locator('select[data-filter="pbuy"]').selectOption('high');
  await waitReady(page);
  await expect(page).toHaveURL(/pbuy=high/);
  for (const [, , p] of await read()) expect(Number(p)).toBeGreaterThanOrEqual(0.5);
  await page.locator('select[data-filter="pbuy"]').selectOption('');
  await page.locator('select[data-filter="due"]').selectOption('7');
  await waitReady(page);
  const due = [...customers].filter(([, c]) => {
    if (c.days.length < 2) return false;
    const next = c.days[c.days.length - 1] + Math.round(median(c.days.slice(1).map((d, i) => d - c.days[i])));
    return next > asOf && next <= asOf + 7;
  });
  await expect(page.locator('[data-count]')).toHaveAttribute('data-count', String(due.length));
});
