import { describe, expect, it } from 'vitest';
import { compressRft, inUnit } from '../../src/analysis/btyd/compress';

describe('compressing identical (x, t_x, T) rows', () => {
  it('counts customers per distinct row and maps each customer to its row (whole days)', () => {
    const { rows, rowOf } = compressRft([0, 2, 0, 2, 2, 0], [0, 10, 0, 10, 11, 0], [30, 40, 30, 40, 40, 31]);
    expect(rows.length).toBe(4);
    expect(Array.from(rows.weight)).toEqual([2, 2, 1, 1]);
    expect(Array.from(rowOf)).toEqual([0, 1, 0, 1, 2, 3]);
    expect([rows.x[2], rows.tx[2], rows.T[2]]).toEqual([2, 11, 40]);
    expect(rows.maxX).toBe(2);
  });

  it('also groups fractional times (weeks)', () => {
    const { rows } = compressRft([1, 1, 1], [1 / 7, 1 / 7, 2 / 7], [5 / 7, 5 / 7, 5 / 7]);
    expect(Array.from(rows.weight)).toEqual([2, 1]);
  });

  it('converts days to another unit after grouping', () => {
    const { rows } = compressRft([1], [14], [70]);
    const weeks = inUnit(rows, 7);
    expect([weeks.tx[0], weeks.T[0]]).toEqual([2, 10]);
    expect(rows.T[0]).toBe(70);
  });

  it('rejects impossible rows', () => {
    expect(() => compressRft([1.5], [0], [1])).toThrow(/whole/);
    expect(() => compressRft([1], [5], [3])).toThrow(/t_x ≤ T/);
    expect(() => compressRft([1], [0, 1], [3])).toThrow(/same length/);
  });
});
