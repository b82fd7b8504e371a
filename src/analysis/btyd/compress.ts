/**
 * Customers with the same (x, t_x, T) have the same likelihood and the same predictions: fit and score the
 * distinct rows once, with the number of customers as weight (as BTYD's and lifetimes' "compressed" fits do).
 */

/**
 * Distinct (x, t_x, T) rows with weights (customer counts); x whole, times in one unit. The distinct time
 * values are also listed once in `times` (few: whole days over a few years), with each row's t_x and T as
 * indexes into it, so a likelihood evaluation takes ln(α + t) once per distinct time, not once per row.
 */
export interface RftRows {
  length: number;
  x: Int32Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  maxX: number;
  times: Float64Array;
  txAt: Int32Array;
  TAt: Int32Array;
}

export interface Compressed {
  rows: RftRows;
  /** For each input customer, the index of its row in `rows`. */
  rowOf: Int32Array;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Groups identical (x, t_x, T); input order is kept for the first customer of each row. */
export function compressRft(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): Compressed {
  const n = x.length;
  if (tx.length !== n || T.length !== n) throw new RangeError('x, t_x and T must have the same length');
  let maxX = 0, maxTime = 0, whole = true;
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    if (!(Number.isInteger(xi) && xi >= 0)) throw new RangeError(`x must be a whole number ≥ 0, got ${xi}`);
    if (!(tx[i] >= 0 && T[i] >= tx[i] && Number.isFinite(T[i]))) {
      throw new RangeError(`need 0 ≤ t_x ≤ T (finite), got t_x = ${tx[i]}, T = ${T[i]}`);
    }
    if (xi > maxX) maxX = xi;
    if (T[i] > maxTime) maxTime = T[i];
    whole &&= Number.isInteger(tx[i]) && Number.isInteger(T[i]);
  }
  // Whole-day times pack into one exact number key (fast); anything else gets a text key.
  const span = maxTime + 1;
  const numeric = whole && (maxX + 1) * span * span < MAX_SAFE;
  const keyOf = numeric
    ? (i: number) => (x[i] * span + tx[i]) * span + T[i]
    : (i: number) => `${x[i]}|${tx[i]}|${T[i]}`;
  const index = new Map<number | string, number>();
  const rowOf = new Int32Array(n);
  const first: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    let row = index.get(key);
    if (row === undefined) {
      row = first.length;
      index.set(key, row);
      first.push(i);
      counts.push(0);
    }
    counts[row]++;
    rowOf[i] = row;
  }
  const m = first.length;
  const rows: RftRows = {
    length: m, x: new Int32Array(m), tx: new Float64Array(m), T: new Float64Array(m),
    weight: Float64Array.from(counts), maxX, times: new Float64Array(0), txAt: new Int32Array(m), TAt: new Int32Array(m),
  };
  const timeIndex = new Map<number, number>();
  const times: number[] = [];
  const indexOfTime = (t: number) => {
    let k = timeIndex.get(t);
    if (k === undefined) {
      k = times.length;
      timeIndex.set(t, k);
      times.push(t);
    }
    return k;
  };
  for (let j = 0; j < m; j++) {
    rows.x[j] = x[first[j]];
    rows.tx[j] = tx[first[j]];
    rows.T[j] = T[first[j]];
    rows.txAt[j] = indexOfTime(rows.tx[j]);
    rows.TAt[j] = indexOfTime(rows.T[j]);
  }
  rows.times = Float64Array.from(times);
  return { rows, rowOf };
}

/** The same rows with times divided by `daysPerUnit` (days → weeks: 7). */
export function inUnit(rows: RftRows, daysPerUnit: number): RftRows {
  if (daysPerUnit === 1) return rows;
  return {
    ...rows,
    tx: rows.tx.map((v) => v / daysPerUnit),
    T: rows.T.map((v) => v / daysPerUnit),
    times: rows.times.map((v) => v / daysPerUnit),
  };
}
