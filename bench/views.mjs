// Switching between views after a file is loaded: each view's first visit (its tables are built then) and a
// second visit, timed from the click on its tab to the root's data-state="ready" (issues 3, 4, 6, 7: ≤ 1 s;
// products ≤ 2 s on UCI, ≤ 5 s on 1 M; issue 15: timing ≤ 1 s on UCI, ≤ 3 s on 1 M).
export const VIEWS = ['overview', 'cohorts', 'timing', 'lifecycle', 'churn', 'rfm', 'ltv', 'validation', 'products', 'simulator', 'customers', 'data'];

let viewTimeout = 120_000;
/** Longer waits for the big files (a first visit on 10 M rows builds tables from every line). */
export function setViewTimeout(ms) {
  viewTimeout = ms;
}

async function visit(page, view) {
  const started = Date.now();
  await page.click(`a[data-view="${view}"]`);
  await page.waitForFunction(
    (v) => document.querySelector(`a[data-view="${v}"]`)?.classList.contains('active') && document.querySelector('.app')?.getAttribute('data-state') === 'ready',
    view,
    { timeout: viewTimeout, polling: 20 },
  ).catch((error) => {
    throw new Error(`view ${view} not ready after ${viewTimeout / 1000} s: ${String(error?.message ?? error).split('\n')[0]}`);
  });
  return Date.now() - started;
}

/** Milliseconds per view: [{ view, first, again }]. */
export async function timeViews(page, views = VIEWS) {
  const times = [];
  for (const view of views) times.push({ view, first: await visit(page, view) });
  for (const entry of times) entry.again = await visit(page, entry.view);
  return times;
}

export function printViewTimes(label, times) {
  console.log(`  view switching on ${label} (ms, click → ready): first visit / again`);
  console.log(`    ${times.map((t) => `${t.view} ${t.first}/${t.again}`).join(', ')}`);
}

/**
 * The simulator's tier change (issue 12: new replay ≤ 2 s on 1 M rows): on the simulator view, "+ tier" →
 * the replay table has one more tier. Returns { ms (click → table), replayMs (the page's own data-replay-ms) }.
 */
export async function timeTierChange(page) {
  await visit(page, 'simulator');
  const before = await page.locator('tr[data-tier]').count();
  const started = Date.now();
  await page.click('[data-action="add-tier"]');
  await page.waitForFunction(
    (n) => document.querySelectorAll('tr[data-tier]').length > n && document.querySelector('[data-panel="simulator"]')?.getAttribute('data-state') === 'ready',
    before,
    { timeout: 120_000, polling: 20 },
  );
  const ms = Date.now() - started;
  const replayMs = Number(await page.locator('[data-panel="simulator"]').getAttribute('data-replay-ms'));
  return { ms, replayMs };
}
