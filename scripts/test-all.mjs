#!/usr/bin/env node
/**
 * `npm test`: every check, in order, then ONE final line `N passed, N failed[, N skipped]`.
 *
 *   1. svelte-check   types of src/ and tests/ (fails on errors, not on warnings)
 *      guards         ESLint (eslint.config.js), the import graph against the layer rules
 *                     (scripts/check-imports.mjs), unused files and exports (knip.json); one check each
 *   2. vitest run     unit + SQL tests, JSON report → test-results/vitest.json
 *   3. vite build     the site the end-to-end tests run against (dist/)
 *   4. playwright     end-to-end tests in Chromium, JSON report → test-results/e2e.json (playwright.config.ts)
 *
 * The counts are the vitest and Playwright test results added up. A step that breaks without a failing
 * test to show for it (a type error, a test file that does not load, a failed build, a web server that
 * does not start) adds 1 to "failed", so the line never reads "0 failed" when something did fail.
 * The e2e tests are skipped (and counted as one failure) when the build fails: they would test an old dist/.
 * Exit code: 0 only when every step succeeded and no test failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
const VITEST_JSON = path.join(results, 'vitest.json');
const E2E_JSON = path.join(results, 'e2e.json');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

mkdirSync(results, { recursive: true });
for (const file of [VITEST_JSON, E2E_JSON]) rmSync(file, { force: true });

const counts = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
const started = Date.now();

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${[path.relative(root, command), ...args].join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = result.status === 0;
  const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
  return { ok, seconds, why };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Types.
{
  const step = run('svelte-check', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'human']);
  if (!step.ok) counts.failed++;
  summary.push(`svelte-check  ${step.ok ? 'ok' : `FAILED (${step.why})`}  ${step.seconds}s`);
}

// 1b. Guards, each counted as one check.
for (const [name, command, args] of [
  ['eslint', bin('eslint'), ['.']],
  ['import graph', process.execPath, ['scripts/check-imports.mjs']],
  ['knip', bin('knip'), ['--no-progress']],
]) {
  const step = run(name, command, args);
  if (step.ok) counts.passed++;
  else counts.failed++;
  summary.push(`${name.padEnd(13)} ${step.ok ? 'ok' : `FAILED (${step.why})`}  ${step.seconds}s`);
}

// 2. Unit and SQL tests.
{
  const step = run('vitest', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.relative(root, VITEST_JSON)}`,
  ]);
  const report = readJson(VITEST_JSON);
  let line;
  if (report) {
    const failed = report.numFailedTests ?? 0;
    // Test files that failed without a failing test: they did not load or a hook threw.
    const brokenFiles = (report.testResults ?? []).filter(
      (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed'),
    ).length;
    const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    counts.passed += report.numPassedTests ?? 0;
    counts.failed += failed + brokenFiles;
    counts.skipped += skipped;
    if (!step.ok && failed + brokenFiles === 0) counts.failed++;
    line = `${report.numPassedTests} passed, ${failed} failed${brokenFiles ? `, ${brokenFiles} test files broken` : ''}${skipped ? `, ${skipped} skipped` : ''}`;
  } else {
    counts.failed++;
    line = `no report (${step.why})`;
  }
  summary.push(`vitest        ${line}  ${step.seconds}s`);
}

// 3. Build.
const build = run('vite build', bin('vite'), ['build']);
if (!build.ok) counts.failed++;
summary.push(`vite build    ${build.ok ? 'ok' : `FAILED (${build.why})`}  ${build.seconds}s`);

// 4. End-to-end tests on the build.
if (build.ok && existsSync(path.join(root, 'dist', 'index.html'))) {
  const step = run('playwright', bin('playwright'), ['test'], { TZ: 'UTC' });
  const report = readJson(E2E_JSON);
  let line;
  if (report?.stats) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
    const errors = (report.errors ?? []).length; // e.g. the web server did not start, a spec did not load
    counts.passed += expected + flaky;
    counts.failed += unexpected + errors;
    counts.skipped += skipped;
    if (!step.ok && unexpected + errors === 0) counts.failed++;
    line = `${expected + flaky} passed${flaky ? ` (${flaky} flaky)` : ''}, ${unexpected} failed${errors ? `, ${errors} errors` : ''}${skipped ? `, ${skipped} skipped` : ''}`;
  } else {
    counts.failed++;
    line = `no report (${step.why})`;
  }
  summary.push(`playwright    ${line}  ${step.seconds}s`);
} else {
  counts.failed++;
  summary.push('playwright    NOT RUN (the build failed)');
}

const failedSteps = summary.filter((s) => /FAILED|no report|NOT RUN|broken|errors/.test(s)).length;
console.log('\n── summary ──');
for (const line of summary) console.log(line);
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)}s; screenshots in test-results/screenshots/, reports in test-results/`);
console.log(`${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exitCode = counts.failed > 0 || failedSteps > 0 ? 1 : 0;
