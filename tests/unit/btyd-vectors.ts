import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Rows of a test-vector CSV in tests/fixtures/btyd/ (copied from the shared test vectors), as text. */
export function readVectors(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(`../fixtures/btyd/${name}`, import.meta.url), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
}

/** |actual − expected| ≤ tolerance · |expected| (relative), with a clear message. */
export function expectRelative(actual: number, expected: number, tolerance: number, label = ''): void {
  const error = Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}
