/**
 * Shared helpers for the end-to-end specs: open the built site, drop files, confirm the mapping, wait on the
 * readiness attributes of the testing contract (never on sleeps) and read the KPI tiles.
 *
 * `test` is Playwright's test with one addition: every console error and uncaught page error is collected
 * and fails the test at its end, unless the test declared it expected with `allowConsoleErrors`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page, type TestInfo } from '@playwright/test';

export { expect };

/** A file handed to the input: a path on disk, or bytes made in the test. */
export type DropFile = string | { name: string; mimeType?: string; buffer: Buffer };

export const KPI_NAMES = [
  'customers',
  'orders',
  'revenue',
  'aov',
  'frequency',
  'repeat_rate',
  'customer_value',
  'lifespan_months',
  'simple_ltv',
] as const;

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

interface PageErrors {
  messages: string[];
  allowed: RegExp[];
}
const errorsByPage = new WeakMap<Page, PageErrors>();

export const test = base.extend<{ consoleGuard: void }>({
  consoleGuard: [
    async ({ page }, use) => {
      const errors: PageErrors = { messages: [], allowed: [] };
      errorsByPage.set(page, errors);
      page.on('console', (message) => {
        if (message.type() === 'error') errors.messages.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.messages.push(`page error: ${error.stack ?? error.message}`));
      await use();
      const unexpected = errors.messages.filter((m) => !errors.allowed.some((re) => re.test(m)));
      expect(unexpected, 'no unexpected console or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Declares console errors matching `pattern` as expected for the rest of this test. */
export function allowConsoleErrors(page: Page, pattern: RegExp): void {
  errorsByPage.get(page)?.allowed.push(pattern);
}

/** Opens the app (optionally at a hash such as `#sample`) and waits until its root is rendered. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  if (!errorsByPage.has(page)) throw new Error('use `test` from tests/e2e/app.ts so console errors are caught');
  await page.goto(`./${hash}`);
  await expect(page.locator('.app[data-state]')).toBeVisible();
}

export const app = (page: Page): Locator => page.locator('.app');

/** Hands files to the hidden file input, going back to the drop zone first when a dataset is loaded. */
export async function dropFiles(page: Page, files: DropFile | DropFile[]): Promise<void> {
  const input = page.locator('input[data-input="files"]');
  if ((await input.count()) === 0) {
    await page.locator('[data-action="new-file"]').click();
  }
  const list = Array.isArray(files) ? files : [files];
  const paths = list.filter((f) => typeof f === 'string');
  const payloads = list.filter((f) => typeof f !== 'string');
  if (paths.length > 0 && payloads.length > 0) throw new Error('dropFiles: pass either paths or buffers, not both');
  await input.setInputFiles(
    paths.length > 0 ? paths : payloads.map((f) => ({ name: f.name, mimeType: f.mimeType ?? 'text/csv', buffer: f.buffer })),
  );
}

/** Waits for the mapping step, or a settled state with problems when the files were refused. */
export async function waitMapping(page: Page): Promise<void> {
  await expect(app(page)).toHaveAttribute('data-phase', 'mapping');
  await expect(page.locator('[data-action="confirm-mapping"]')).toBeVisible();
}

/** The current mapping as the selects show it: role → source column ('' = none). */
export async function mapping(page: Page): Promise<Record<string, string>> {
  await waitMapping(page);
  return page.locator('select[data-role]').evaluateAll((selects) =>
    Object.fromEntries(selects.map((s) => [s.getAttribute('data-role'), (s as HTMLSelectElement).value])),
  );
}

/** Accepts the mapping step as it stands and waits for the loaded overview (or the current view). */
export async function confirmMapping(page: Page): Promise<void> {
  await waitMapping(page);
  const confirm = page.locator('[data-action="confirm-mapping"]');
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await waitReady(page);
}

/** The current view of the current dataset is complete: the root says ready with a loaded dataset. */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('.app[data-state="ready"][data-phase="ready"]')).toBeVisible({ timeout: 90_000 });
}

/** Waits until every chart on the page has finished rendering. */
export async function waitCharts(page: Page): Promise<void> {
  const charts = page.locator('[data-chart]');
  await expect(charts.first()).toBeVisible();
  const n = await charts.count();
  await expect(page.locator('[data-chart] [data-ready="true"]')).toHaveCount(n);
}

/** Goes to a view through its navigation entry and waits until it is ready. */
export async function goToView(page: Page, view: 'overview' | 'data'): Promise<void> {
  await page.locator(`a[data-view="${view}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#.*view=${view}`));
  if (view === 'data') await expect(page.locator('[data-quality="kept"]')).toBeVisible();
  else await expect(page.locator('[data-kpi]')).toHaveCount(KPI_NAMES.length);
  await waitReady(page);
}

/** KPI tiles: name → raw value (null where the tile says the figure is undefined). */
export async function kpis(page: Page): Promise<Record<string, number | null>> {
  await expect(page.locator('[data-kpi]')).toHaveCount(KPI_NAMES.length);
  return page.locator('[data-kpi]').evaluateAll((tiles) =>
    Object.fromEntries(
      tiles.map((tile) => {
        const raw = tile.getAttribute('data-value') ?? '';
        return [tile.getAttribute('data-kpi'), raw === '' ? null : Number(raw)];
      }),
    ),
  );
}

/** Data-quality rows: rule → rows removed (or read / kept). */
export async function quality(page: Page): Promise<Record<string, number>> {
  await expect(page.locator('[data-quality="kept"]')).toBeVisible();
  return page.locator('[data-quality][data-rows]').evaluateAll((rows) =>
    Object.fromEntries(rows.map((row) => [row.getAttribute('data-quality'), Number(row.getAttribute('data-rows'))])),
  );
}

/** The problem codes currently shown. */
export async function problems(page: Page): Promise<string[]> {
  return page.locator('[data-messages] [data-problem]').evaluateAll((els) => els.map((e) => e.getAttribute('data-problem') ?? ''));
}

/** Expects `actual` within `rel` relative error of `expected` (absolute for expected = 0). */
export function expectClose(actual: number | null | undefined, expected: number, rel = 1e-6, what = ''): void {
  expect(actual, `${what} is a number`).toEqual(expect.any(Number));
  const tolerance = Math.max(Math.abs(expected) * rel, 1e-9);
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** Saves a full-page screenshot as a test attachment and into test-results/screenshots/. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const body = await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}
