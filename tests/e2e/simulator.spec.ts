/**
 * The loyalty simulator on the shared UCI fixture: the replay, the projections S1 and S2 and the natural
 * comeback rates in the DOM equal tests/fixtures/expected/fixture_online_retail_lifecycle.json (computed
 * outside Ottok); tiers edited in the page re-run the replay; win-back groups by status and RFM segment.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, dropFiles, confirmMapping, waitReady, waitCharts, expectClose, screenshot, FIXTURES } from './app';

const FIXTURE = path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv');
const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected/fixture_online_retail_lifecycle.json'), 'utf8'));

interface ExpectedTier {
  threshold: number;
  customers_at_as_of: number;
}

async function loadFixture(page: Page): Promise<void> {
  await openApp(page);
  await dropFiles(page, FIXTURE);
  await confirmMapping(page);
}

/** Opens the simulator with these hash keys (as a link would) and waits until it is complete. */
async function openSimulator(page: Page, keys: Record<string, string>): Promise<void> {
  const hash = `view=simulator&${Object.entries(keys).map(([k, v]) => `${k}=${v}`).join('&')}`;
  await page.evaluate((h) => (location.hash = h), hash);
  await expect(page.locator('[data-panel="simulator"][data-state="ready"]')).toBeVisible();
  await expect(page.locator('[data-panel="sim-winback"][data-state="ready"]')).toBeVisible();
  await waitReady(page);
}

async function kpi(page: Page, name: string): Promise<number | null> {
  const raw = await page.locator(`[data-kpi="${name}"]`).getAttribute('data-value');
  return raw === null || raw === '' ? null : Number(raw);
}

async function tiers(page: Page): Promise<[number, number][]> {
  return page.locator('tr[data-tier]').evaluateAll((rows) =>
    rows.map((r) => [Number(r.getAttribute('data-tier')), Number(r.getAttribute('data-value'))] as [number, number]),
  );
}

async function expectReplay(page: Page, tierSet: string): Promise<void> {
  const want = expected.replay[tierSet];
  expectClose(await kpi(page, 'replay_discount_total'), want.discount_total, 1e-6, `${tierSet} discount total`);
  expectClose(await kpi(page, 'replay_discount_share'), want.discount_share, 1e-6, `${tierSet} discount share`);
  expect(await tiers(page)).toEqual(want.per_tier.map((t: ExpectedTier) => [t.threshold, t.customers_at_as_of]));
}

function scenarioKeys(name: 'S1' | 'S2'): Record<string, string> {
  const i = expected.projection[name].inputs;
  return {
    tiers: i.tiers,
    kind: i.kind,
    redeem: String(i.redeemed_share * 100),
    margin: String(i.margin * 100),
    retention: String(i.retention_uplift_pp),
    freq: String(i.frequency_uplift * 100),
    check: String(i.check_uplift * 100),
    horizon: String(i.horizon_months),
    fee: String(i.fee_per_month),
    member_cost: String(i.member_cost_per_month),
    setup: String(i.setup_cost),
  };
}

async function expectProjection(page: Page, name: 'S1' | 'S2'): Promise<void> {
  const want = expected.projection[name];
  expect(await kpi(page, 'sim_members')).toBe(want.n0);
  expectClose(await kpi(page, 'sim_monthly_revenue'), want.r, 1e-6, `${name} r`);
  expectClose(await kpi(page, 'sim_churn_monthly'), want.c, 1e-6, `${name} c`);
  expectClose(await kpi(page, 'sim_effective_rate'), want.d, 1e-6, `${name} d`);
  expectClose(await kpi(page, 'sim_baseline_revenue'), want.baseline_revenue, 1e-6, `${name} baseline revenue`);
  expectClose(await kpi(page, 'sim_programme_revenue'), want.programme_revenue, 1e-6, `${name} programme revenue`);
  expectClose(await kpi(page, 'sim_profit_delta'), want.profit_delta, 1e-6, `${name} profit effect`);
  expect(await kpi(page, 'sim_breakeven_retention')).toBe(want.breakeven_uplift_pp);
}

test('UCI fixture: replay and projections S1 and S2 equal the reference; editing a tier re-runs the replay', async ({ page }, testInfo) => {
  await loadFixture(page);

  await openSimulator(page, scenarioKeys('S1'));
  await expectReplay(page, '1000:2,5000:4');
  await expectProjection(page, 'S1');
  await expect(page.locator('[data-sentence="breakeven"]')).toContainText('7.08 more customers out of 100 a year');
  await waitCharts(page);
  await screenshot(page, testInfo, 'simulator-fixture-s1');

  // keep S1, then open S2 with S1 kept and keep it too: both side by side, each recomputed
  await page.locator('[data-action="keep-scenario"]').click();
  await expect(page.locator('tr[data-scenario="sc1"]')).toBeVisible();
  const kept = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('sc1')!;
  await openSimulator(page, { ...scenarioKeys('S2'), sc1: encodeURIComponent(kept) });
  await expectProjection(page, 'S2');
  await expect(page.locator('tr[data-tier]')).toHaveCount(1);
  await page.locator('[data-action="keep-scenario"]').click();
  await expect(page.locator('tr[data-scenario]')).toHaveCount(2);
  for (const [slot, name] of [['sc1', 'S1'], ['sc2', 'S2']] as const) {
    const row = page.locator(`tr[data-scenario="${slot}"]`);
    expectClose(Number(await row.getAttribute('data-profit')), expected.projection[name].profit_delta, 1e-6, `${slot} profit`);
    await expect(row).toHaveAttribute('data-breakeven', String(expected.projection[name].breakeven_uplift_pp));
  }
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
  await waitCharts(page);
  await screenshot(page, testInfo, 'simulator-fixture-s2-scenarios');

  // Back to S1's programme, then move its tiers to 10 000 / 20 000 in the form. The first step puts the
  // thresholds out of order: a message appears beside the field and nothing is computed from it.
  await openSimulator(page, scenarioKeys('S1'));
  await page.locator('input[data-setting="tier-threshold-0"]').fill('10000');
  await expect(page.locator('[data-error="tier-1"]')).toBeVisible();
  await expect(page.locator('tr[data-tier]')).toHaveCount(0);
  await page.locator('input[data-setting="tier-threshold-1"]').fill('20000');
  await expect(page.locator('[data-error="tier-1"]')).toHaveCount(0);
  // 10000:2,20000:4 is the contract's default: the link leaves it out
  await expect(page).not.toHaveURL(/tiers=/);
  await expectReplay(page, '10000:2,20000:4');

  // bad settings get a message beside the field, never NaN
  await page.locator('input[data-setting="tier-rate-0"]').fill('-2');
  await expect(page.locator('[data-error="tier-0"]')).toContainText('negative');
  await page.locator('input[data-setting="tier-rate-0"]').fill('2');
  await page.locator('input[data-setting="retention"]').fill('abc');
  await expect(page.locator('[data-error="retention"]')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
  await page.locator('input[data-setting="retention"]').fill('5');
  await expect(page.locator('[data-kpi="sim_breakeven_retention"]')).toHaveAttribute('data-value', /\d/);

  await page.locator('button[data-locale="ru"]').click();
  await expect(page.locator('[data-sentence="breakeven"]')).toContainText('из каждых 100 покупателей');
  await waitCharts(page);
  await screenshot(page, testInfo, 'simulator-fixture-ru');
});

test('UCI fixture: win-back groups by lifecycle status and RFM segment', async ({ page }, testInfo) => {
  await loadFixture(page);
  for (const group of ['at_risk', 'lost'] as const) {
    await openSimulator(page, { group });
    await expect(page.locator('[data-panel="sim-winback"]')).toHaveAttribute('data-group', group);
    await expect.poll(() => kpi(page, 'winback_customers')).toBe(expected.status_counts[group]);
    expectClose(await kpi(page, 'winback_natural_rate'), expected.comeback[group].rate, 1e-9, `${group} natural rate`);
    expect(await kpi(page, 'winback_net')).toEqual(expect.any(Number));
  }

  await openSimulator(page, { group: 'At Risk' });
  await expect.poll(() => kpi(page, 'winback_customers')).toBe(expected.rfm_segments['At Risk']);
  const natural = (await kpi(page, 'winback_natural_rate'))!;
  expect(natural).toBeGreaterThan(0);
  expect(natural).toBeLessThanOrEqual(1);

  // at the break-even response the campaign's net is zero
  const breakEven = (await kpi(page, 'winback_breakeven_response'))!;
  await page.locator('input[data-setting="response"]').fill(String(breakEven * 100));
  await expect.poll(async () => Math.abs((await kpi(page, 'winback_net'))!)).toBeLessThan(1e-6);

  // the channel presets set the price of a contact; the target list downloads as CSV
  await page.locator('button[data-channel="call"]').click();
  await expect(page.locator('input[data-setting="contact_cost"]')).toHaveValue('0.75');
  const download = page.waitForEvent('download');
  await page.locator('[data-action="export-winback"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ottok-customers-.*\.csv$/);
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv.trim().split(/\r\n/)).toHaveLength(1 + expected.rfm_segments['At Risk']);
  await screenshot(page, testInfo, 'simulator-winback-segment');
});
