import { describe, expect, it } from 'vitest';
import { BUDGET_SHARE, estimateLines, LINE_BYTES, lineCapacity, parseByteSize } from '../../src/ingest/capacity';

describe('capacity: lines this browser can hold', () => {
  it('reads the sizes DuckDB prints for memory_limit', () => {
    expect(parseByteSize('3.1 GiB')).toBeCloseTo(3.1 * 2 ** 30, 0);
    expect(parseByteSize('64.0 MiB')).toBe(64 * 2 ** 20);
    expect(parseByteSize('16MB')).toBe(16e6);
    expect(parseByteSize('512 bytes'.replace(' bytes', ''))).toBe(512);
    expect(() => parseByteSize('lots')).toThrow();
  });

  it('gives the share of the limit set aside for lines, divided by the bytes a line takes', () => {
    // 3.1 GiB: 0.6 × 3 328 599 654 / 128 = 15 602 810 lines (a 10 M-line file fits, a 40 M-line one does not)
    expect(lineCapacity(3.1 * 2 ** 30)).toBe(Math.floor((3.1 * 2 ** 30 * BUDGET_SHARE) / LINE_BYTES));
    expect(lineCapacity(3.1 * 2 ** 30)).toBe(15_602_810);
  });

  it('estimates a file’s lines from its sampled head', () => {
    // a 558 MB file whose first 1 MiB held 18 724 line breaks (56 bytes a line) holds about 9.96 M lines (558e6 × 18 724 / 1 048 576 = 9 963 981.6)
    expect(estimateLines(558_000_000, { bytes: 1_048_576, lines: 18_724 })).toBe(9_963_982);
    // a whole small file: the sample is the file
    expect(estimateLines(1000, { bytes: 1000, lines: 20 })).toBe(20);
    expect(estimateLines(1000, { bytes: 0, lines: 0 })).toBe(0);
  });
});
