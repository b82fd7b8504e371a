/**
 * The service worker (vite.config.ts): after a first visit the app shell, the DuckDB engine and the sample
 * store are in the browser's cache, so the next visit starts with the network off and loads a file to the
 * overview; a new build is noticed and offered as "a new version is ready — reload". Served from a plain
 * static host under a sub-path, as on GitHub Pages; nothing is requested from another origin.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, dropFiles, confirmMapping, kpis, screenshot, FIXTURES, ROOT } from './app';
import { startStaticHost } from './share-servers';
import { watchErrors } from './share-helpers';

const FIXTURE = path.join(FIXTURES, 'fixture_online_retail_cust_mod20.csv');
const reference = JSON.parse(readFileSync(path.join(FIXTURES, 'expected/fixture_online_retail_reference.json'), 'utf8'));
const PREFIX = '/tools/ottok/';

/** Resolves once a service worker controls the page's scope and has finished caching (it is active). */
async function serviceWorkerActive(page: Page): Promise<string> {
  return page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? '');
}

test('the second visit works offline, and a new build is offered as a reload', async ({ browser }, testInfo) => {
  const site = mkdtempSync(path.join(tmpdir(), 'ottok-offline-'));
  cpSync(path.join(ROOT, 'dist'), site, { recursive: true });
  const host = await startStaticHost(site, PREFIX);
  const context = await browser.newContext({ baseURL: `${host.origin}${PREFIX}`, locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1360, height: 900 } });
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== host.origin) foreign.push(request.url());
  });
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);

    // First visit: the page works at once; the service worker caches everything in the background.
    await page.goto('./');
    await expect(page.locator('input[data-input="files"]')).toBeAttached();
    expect(await serviceWorkerActive(page)).toBe(`${host.origin}${PREFIX}sw.js`);

    // Second visit with the network off: the page, the engine and the file load all work.
    const requestsOnline = host.requests.length;
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.app[data-phase="empty"]')).toBeVisible();
    await dropFiles(page, FIXTURE);
    await confirmMapping(page);
    const got = await kpis(page);
    expect(got.customers).toBe(reference.kpis.customers);
    expect(got.orders).toBe(reference.kpis.orders);
    // Only the browser's own update check of the service worker script (which the test's offline switch does
    // not cover) may reach the server: the page, its code, the engine and the data all came from the cache.
    const served = host.requests.slice(requestsOnline).filter((p) => !/\/(sw|workbox-[\w-]+)\.js$/.test(p));
    expect(served, 'nothing of the app reached the server while offline').toEqual([]);
    await page.locator('a[data-view="cohorts"]').click();
    await expect(page.locator('.app[data-state="ready"][data-phase="ready"]')).toBeVisible({ timeout: 90_000 });
    await screenshot(page, testInfo, 'offline-cohorts-en');

    // A new build on the server: the page says so and reloads into it when asked.
    await context.setOffline(false);
    appendFileSync(path.join(site, 'sw.js'), '\n// the next build\n');
    await page.goto('./');
    const banner = page.locator('[data-update="ready"]');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('A new version of Ottok is ready');
    await screenshot(page, testInfo, 'update-ready-en');
    await page.locator('[data-action="reload-update"]').click();
    await expect(banner).toHaveCount(0);
    await expect(page.locator('.app[data-phase="empty"]')).toBeVisible();
    expect(await serviceWorkerActive(page)).toBe(`${host.origin}${PREFIX}sw.js`);
    expect(host.requests.every((p) => p.startsWith(PREFIX)), host.requests.join('\n')).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await host.close();
    rmSync(site, { recursive: true, force: true });
  }
});
