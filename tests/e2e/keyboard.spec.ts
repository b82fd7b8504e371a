/**
 * Everything a mouse user does, by keyboard (issue 14): Tab to the drop zone, open the sample, move between
 * views with the tab keys, jump over the header with the skip link to a view's first table, open a customer's
 * card with Enter, stay inside it with Tab, close it with Escape and land back on the row; the share panel
 * likewise closes on Escape and gives focus back to its button.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp, waitReady } from './app';

/** Presses Tab until `selector` contains the focused element; returns how many presses it took. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<number> {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.closest(s), selector)) return n;
  }
  throw new Error(`${selector} not reached in ${limit} Tabs`);
}

const focused = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

test('keyboard: drop zone, sample, view tabs, skip link, customer card and share panel', async ({ page }) => {
  await openApp(page);
  // The skip link is the first stop; the drop zone comes right after the header's few controls.
  await page.keyboard.press('Tab');
  expect(await focused(page, '[data-action="skip-to-content"]')).toBe(true);
  expect(await tabTo(page, '.drop[role="button"]', 10)).toBeLessThanOrEqual(6);
  await tabTo(page, '[data-action="load-sample"]', 3);
  await page.keyboard.press('Enter');
  await waitReady(page);
  await expect(page).toHaveTitle(/^Overview — Ottok$/);

  // The views are tabs: one Tab stop, arrows move and open, Space opens the focused one.
  await page.locator('[role="tab"][aria-selected="true"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[role="tab"][data-view="cohorts"]')).toHaveAttribute('aria-selected', 'true');
  expect(await focused(page, '[data-view="cohorts"]')).toBe(true);
  await page.keyboard.press('End');
  await expect(page.locator('[role="tab"][data-view="data"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[role="tab"][data-view="customers"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press(' ');
  await waitReady(page);
  await expect(page).toHaveURL(/view=customers/);
  await expect(page).toHaveTitle(/^Customers — Ottok$/);
  await expect(page.locator('h1')).toHaveText('Customers');

  // From the top: skip link, then straight into the view; its first table is a few stops away.
  await page.locator('[data-action="skip-to-content"]').focus();
  await page.keyboard.press('Enter');
  expect(await focused(page, '#content')).toBe(true);
  expect(await tabTo(page, '[role="table"]', 20)).toBeLessThanOrEqual(15);

  // The first row opens its card with Enter; Tab stays inside; Escape closes it and focus returns to the row.
  await tabTo(page, '[role="table"] [data-customer]', 20);
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-customer'));
  expect(id).toBeTruthy();
  await page.keyboard.press('Enter');
  const card = page.locator(`aside[data-card="${id}"][role="dialog"]`);
  await expect(card).toBeVisible();
  expect(await focused(page, 'aside[data-card]')).toBe(true);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await focused(page, 'aside[data-card]'), `Tab ${i + 1} stays in the card`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-customer'))).toBe(id);

  // The card opens from the keyboard again and closes with its button too.
  await page.keyboard.press('Enter');
  await expect(card).toBeVisible();
  await page.locator('[data-action="close-card"]').focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-customer'))).toBe(id);

  // The share panel: focus moves in, Escape closes it, focus goes back to the button that opened it.
  await page.locator('[data-action="copy-link"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.share-panel[role="dialog"]')).toBeVisible();
  expect(await focused(page, '.share-panel')).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('.share-panel')).toHaveCount(0);
  expect(await focused(page, '[data-action="copy-link"]')).toBe(true);
});

test('keyboard: the page title and the view heading follow the UI language', async ({ page }) => {
  await openApp(page, '#sample&view=churn');
  await waitReady(page);
  await page.locator('button[data-locale="ru"]').click();
  await expect(page).toHaveTitle(/^Отток — Ottok$/);
  await expect(page.locator('h1')).toHaveText('Отток');
});
