/**
 * Shorter but exact numbers for snapshots. Most fractional figures are ratios the SQL computed with one
 * division — retention = customers / cohort size, revenue per customer = revenue / customers, revenue
 * retention = one revenue / another — whose 17-digit decimals compress badly. Such a value is written as
 *   [a, q]        a / q, a an integer or a money amount with up to 4 decimals, q an integer, or
 *   [c, i, j]     column c's value in row i / its value in row j,
 * whenever that gives back the very same double, so a replayed snapshot shows exactly the numbers of the
 * live dashboard; any other value is written as it is.
 */

/** Columns longer than this are not searched for [c, i, j] pairs (the search is quadratic). */
const MAX_SEARCH_ROWS = 400;

type Cell = unknown;

const isNumberColumn = (values: readonly Cell[]) => values.every((v) => v === null || typeof v === 'number');
const worth = (value: number) => Number.isFinite(value) && !Number.isInteger(value) && String(value).length > 8;

/**
 * [a, q] with a / q === value, shorter than the value's own text; null when none is found. Integer ratios are
 * found by continued fractions; money over a count by trying the integers of the same row as q.
 */
export function exactRatio(value: number, counts: readonly number[] = []): [number, number] | null {
  if (!worth(value)) return null;
  const plain = String(value).length;
  const shorter = (a: number, q: number) => String(a).length + String(q).length + 3 < plain;
  // Integer ratios: the continued-fraction convergents of the value are its best small fractions.
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let x = value;
  for (let i = 0; i < 40; i++) {
    const a = Math.floor(x);
    [h0, h1] = [h1, a * h1 + h0];
    [k0, k1] = [k1, a * k1 + k0];
    if (k1 > 1e9) break;
    if (h1 / k1 === value) return shorter(h1, k1) ? [h1, k1] : null;
    if (x === a) break;
    x = 1 / (x - a);
  }
  // Money over a count: a has cents (or DECIMAL(18,4) places).
  for (const q of counts) {
    for (const scale of [100, 10_000]) {
      const a = Math.round(value * q * scale) / scale;
      if (a / q === value) return shorter(a, q) ? [a, q] : null;
    }
  }
  return null;
}

/** [i, j] with column[i] / column[j] === value, from a lookup of the column's values; null when none. */
function ratioWithin(value: number, column: readonly Cell[], index: ReadonlyMap<number, number>): [number, number] | null {
  for (let j = 0; j < column.length; j++) {
    const y = column[j];
    if (typeof y !== 'number' || y === 0) continue;
    for (const scale of [1, 100, 10_000]) {
      const i = index.get(Math.round(value * y * scale) / scale);
      if (i !== undefined && (column[i] as number) / y === value) return [i, j];
    }
  }
  return null;
}

/**
 * A query's columns with their numbers packed; `packed` lists the columns that hold packed cells. Only
 * columns without [c, i, j] cells are referred to, so unpacking needs no order beyond two passes.
 */
export function packColumns(columns: readonly Cell[][]): { values: Cell[][]; packed: number[] } {
  const numeric = columns.map(isNumberColumn);
  const rowCounts = (row: number) =>
    columns.flatMap((column, c) => (numeric[c] && Number.isInteger(column[row]) && (column[row] as number) > 1 ? [column[row] as number] : []));
  const values = columns.map((column, c) =>
    numeric[c] ? column.map((v, row) => (typeof v === 'number' ? (exactRatio(v, rowCounts(row)) ?? v) : v)) : [...column],
  );
  const referring = new Set<number>();
  const referred = new Set<number>();
  const lookups = columns.map((column, c) => (numeric[c] && column.length <= MAX_SEARCH_ROWS ? new Map(column.map((v, i) => [v as number, i] as const).reverse()) : null));
  columns.forEach((column, c) => {
    if (!numeric[c] || referred.has(c)) return;
    column.forEach((v, row) => {
      if (typeof v !== 'number' || !worth(v) || Array.isArray(values[c][row])) return;
      for (let other = 0; other < columns.length; other++) {
        const lookup = lookups[other];
        if (other === c || !lookup || referring.has(other)) continue;
        const pair = ratioWithin(v, columns[other], lookup);
        if (pair && String([other, ...pair]).length + 2 < String(v).length) {
          values[c][row] = [other, ...pair];
          referring.add(c);
          referred.add(other);
          break;
        }
      }
    });
  });
  const packed = values.flatMap((column, c) => (numeric[c] && column.some(Array.isArray) ? [c] : []));
  return { values, packed };
}

export function unpackColumns(values: readonly Cell[][], packed: readonly number[]): Cell[][] {
  const isPacked = new Set(packed);
  const first = values.map((column, c) =>
    isPacked.has(c) ? column.map((v) => (Array.isArray(v) && v.length === 2 ? (v[0] as number) / (v[1] as number) : v)) : [...column],
  );
  return first.map((column, c) =>
    isPacked.has(c)
      ? column.map((v) => {
          if (!Array.isArray(v) || v.length !== 3) return v;
          const [other, i, j] = v as number[];
          return (first[other]?.[i] as number) / (first[other]?.[j] as number); // NaN, not a crash, for a damaged index
        })
      : column,
  );
}
