/**
 * axe-core (the standard independent accessibility rule set, https://github.com/dequelabs/axe-core) on the
 * landing page, the mapping step and every view, in English and in Russian: any critical or serious
 * violation fails the test, with the rule, the elements and axe's own explanation in the message.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openApp, waitReady, dropFiles, waitMapping, FIXTURES, screenshot } from './app';
import path from 'node:path';

const VIEWS = ['overview', 'cohorts', 'lifecycle', 'churn', 'rfm', 'ltv', 'validation', 'products', 'simulator', 'customers', 'data'];

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.length}× e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')} :: ${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ')}`);
}

async function setLocale(page: Page, locale: 'en' | 'ru') {
  await page.locator(`button[data-locale="${locale}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

for (const locale of ['en', 'ru'] as const) {
  test(`axe: landing page and mapping step (${locale})`, async ({ page }) => {
    await openApp(page);
    await setLocale(page, locale);
    expect(await seriousViolations(page), 'landing').toEqual([]);
    await dropFiles(page, path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv'));
    await waitMapping(page);
    expect(await seriousViolations(page), 'mapping step').toEqual([]);
  });

  test(`axe: every view of the sample (${locale})`, async ({ page }, testInfo) => {
    test.setTimeout(600_000);
    await openApp(page, '#sample');
    await waitReady(page);
    await setLocale(page, locale);
    const found: Record<string, string[]> = {};
    for (const view of VIEWS) {
      await page.locator(`[data-view="${view}"]`).click();
      await waitReady(page);
      const violations = await seriousViolations(page);
      if (violations.length) found[view] = violations;
      if (locale === 'ru') await screenshot(page, testInfo, `a11y-${view}-ru`);
    }
    // Open dialogs and the charts' tables are pages too.
    await page.locator('[data-view="customers"]').click();
    await waitReady(page);
    await page.locator('[role="table"] [data-customer]').first().click();
    await expect(page.locator('aside[data-card][data-state="ready"]')).toBeVisible();
    const card = await seriousViolations(page);
    if (card.length) found['customer card'] = card;
    if (locale === 'ru') await screenshot(page, testInfo, 'a11y-card-ru');
    await page.keyboard.press('Escape');
    await page.locator('[data-view="overview"]').click();
    await waitReady(page);
    for (const summary of await page.locator('[data-chart-table] summary').all()) await summary.click();
    await expect(page.locator('[data-chart-table] table').first()).toBeVisible();
    const tables = await seriousViolations(page);
    if (tables.length) found['chart tables'] = tables;
    if (locale === 'ru') await screenshot(page, testInfo, 'a11y-chart-tables-ru');
    await page.locator('[data-action="copy-link"]').click();
    await expect(page.locator('.share-panel')).toBeVisible();
    const panel = await seriousViolations(page);
    if (panel.length) found['share panel'] = panel;
    expect(found).toEqual({});
  });
}
