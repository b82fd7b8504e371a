/**
 * Lifecycle and churn views on the shared UCI Online Retail fixture: every status count, the churn totals and
 * each month of churn equal tests/fixtures/expected/fixture_online_retail_lifecycle.json (computed outside
 * Ottok), and the lifecycle thresholds are live settings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, dropFiles, confirmMapping, waitReady, waitCharts, expectClose, screenshot, FIXTURES } from './app';

const FIXTURE = path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv');
const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected/fixture_online_retail_lifecycle.json'), 'utf8'));

interface ExpectedMonth {
  month: string;
  lapses: number;
  denominator: number;
  churn_rate: number | null;
  revenue_lost: number;
  warm_up: boolean;
  partial: boolean;
}

async function loadFixture(page: Page): Promise<void> {
  await openApp(page);
  await dropFiles(page, FIXTURE);
  await confirmMapping(page);
}

async function openView(page: Page, view: 'lifecycle' | 'churn'): Promise<void> {
  await page.locator(`a[data-view="${view}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#.*view=${view}`));
  await expect(page.locator(`[data-panel="${view}"][data-state="ready"]`)).toBeVisible();
  await waitReady(page);
}

/** Status cards: status → customer count. */
async function statusCounts(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-status]').evaluateAll((cards) =>
    Object.fromEntries(cards.map((c) => [c.getAttribute('data-status'), Number(c.getAttribute('data-value'))])),
  );
}

async function kpi(page: Page, name: string): Promise<number | null> {
  const raw = await page.locator(`[data-kpi="${name}"]`).getAttribute('data-value');
  return raw === null || raw === '' ? null : Number(raw);
}

test('UCI fixture: lifecycle status counts, churn totals and monthly churn equal the reference', async ({ page }, testInfo) => {
  await loadFixture(page);

  await openView(page, 'lifecycle');
  await expect(page.locator('[data-status]')).toHaveCount(6);
  expect(await statusCounts(page)).toEqual(expected.status_counts);
  await expect(page.locator('[data-i-store]')).toHaveAttribute('data-i-store', String(expected.i_store));
  await waitCharts(page);
  await screenshot(page, testInfo, 'lifecycle-fixture');

  await openView(page, 'churn');
  expect(await kpi(page, 'churned_customers')).toBe(expected.churned_customers);
  expectClose(await kpi(page, 'churn_revenue_lost'), expected.churn_revenue_lost, 1e-9, 'revenue lost to churn');
  expectClose(await kpi(page, 'churn_revenue_lost_share'), expected.churn_revenue_lost_share, 1e-9, 'share of revenue lost');
  expect(await kpi(page, 'churn_rate_pooled')).toBeGreaterThan(0);

  const months = expected.churn_monthly as ExpectedMonth[];
  await expect(page.locator('tbody tr[data-month]')).toHaveCount(months.length);
  for (const m of months) {
    const row = page.locator(`tr[data-month="${m.month}"]`);
    await expect(row).toHaveAttribute('data-lapses', String(m.lapses));
    await expect(row).toHaveAttribute('data-denominator', String(m.denominator));
    await expect(row).toHaveAttribute('data-warm-up', String(m.warm_up));
    await expect(row).toHaveAttribute('data-partial', String(m.partial));
    expectClose(Number(await row.getAttribute('data-revenue-lost')), m.revenue_lost, 1e-9, `${m.month} revenue lost`);
    const rate = await row.getAttribute('data-churn-rate');
    if (m.churn_rate === null) expect(rate, `${m.month} has no rate`).toBe('');
    else expectClose(Number(rate), m.churn_rate, 1e-9, `${m.month} churn rate`);
  }
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
  await waitCharts(page);
  await screenshot(page, testInfo, 'churn-fixture');

  await page.locator('button[data-locale="ru"]').click();
  await expect(page.locator('[data-kpi="churned_customers"]')).toContainText('Ушло покупателей');
  await screenshot(page, testInfo, 'churn-fixture-ru');
});

test('lifecycle thresholds are live settings that keep their order, and a status opens its customers', async ({ page }) => {
  await loadFixture(page);
  await openView(page, 'lifecycle');
  const total = Object.values(expected.status_counts as Record<string, number>).reduce((a, b) => a + b, 0);

  // "May buy soon" cannot start later than "at risk": 3 is clamped to 2.5, leaving nobody in between.
  const due = page.locator('input[data-setting="threshold-due"]');
  await due.fill('3');
  await due.press('Enter');
  await due.blur();
  await expect(due).toHaveValue('2.5');
  await expect(page.locator('[data-status="due"]')).toHaveAttribute('data-value', '0');
  await waitReady(page);
  const counts = await statusCounts(page);
  expect(counts.active).toBe(expected.status_counts.active + expected.status_counts.due);
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);

  // A later "lost" step dates fewer lapses in the churn view.
  const lost = page.locator('input[data-setting="threshold-lost"]');
  await lost.fill('6');
  await lost.press('Enter');
  await lost.blur();
  await waitReady(page);
  await openView(page, 'churn');
  expect(await kpi(page, 'churned_customers')).toBeLessThan(expected.churned_customers);

  await openView(page, 'lifecycle');
  await page.locator('[data-action="reset-thresholds"]').click();
  await expect(page.locator('[data-status="due"]')).toHaveAttribute('data-value', String(expected.status_counts.due));
  await waitReady(page);
  expect(await statusCounts(page)).toEqual(expected.status_counts);

  await page.locator('[data-status="at_risk"]').click();
  await expect(page).toHaveURL(/#.*view=customers.*status=at_risk/);
});
