/**
 * What the LTV view shows about predicted CLV: totals, the top customers, how value concentrates (deciles)
 * and a histogram. Customers are referred to by their index in the model input (the page holds the ids).
 */
import type { CustomerScores } from './clv';

export interface TopCustomer {
  index: number;
  clv: number;
  pAlive: number;
  expectedPurchases: number;
  expectedValue: number;
}

export interface ClvDecile {
  /** 1 = the 10 % of customers with the highest CLV. */
  decile: number;
  customers: number;
  total: number;
  /** Share of the total predicted CLV (0 when the total is 0). */
  share: number;
}

export interface ClvBin {
  from: number;
  /** Upper bound; the last bin also holds everything above it (the top 1 %). */
  to: number;
  customers: number;
}

export interface ClvSummary {
  customers: number;
  total: number;
  mean: number;
  median: number;
  expectedPurchasesTotal: number;
  top: TopCustomer[];
  deciles: ClvDecile[];
  histogram: ClvBin[];
}

export function summarizeClv(scores: CustomerScores, options: { top?: number; bins?: number } = {}): ClvSummary {
  const { top = 20, bins = 20 } = options;
  const { clv } = scores;
  const n = clv.length;
  const sorted = Float64Array.from(clv).sort().reverse();
  let total = 0, purchases = 0;
  for (let i = 0; i < n; i++) {
    total += clv[i];
    purchases += scores.expectedPurchases[i];
  }
  return {
    customers: n,
    total,
    mean: n > 0 ? total / n : 0,
    median: n === 0 ? 0 : n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    expectedPurchasesTotal: purchases,
    top: topCustomers(scores, sorted, top),
    deciles: deciles(sorted, total),
    histogram: histogram(sorted, bins),
  };
}

function topCustomers(scores: CustomerScores, sortedDesc: Float64Array, count: number): TopCustomer[] {
  const k = Math.min(count, sortedDesc.length);
  if (k === 0) return [];
  const threshold = sortedDesc[k - 1];
  const picked: number[] = [];
  for (let i = 0; i < scores.clv.length; i++) if (scores.clv[i] >= threshold) picked.push(i);
  picked.sort((i, j) => scores.clv[j] - scores.clv[i] || i - j);
  return picked.slice(0, k).map((index) => ({
    index,
    clv: scores.clv[index],
    pAlive: scores.pAlive[index],
    expectedPurchases: scores.expectedPurchases[index],
    expectedValue: scores.expectedValue[index],
  }));
}

function deciles(sortedDesc: Float64Array, total: number): ClvDecile[] {
  const n = sortedDesc.length;
  const result: ClvDecile[] = [];
  for (let d = 0; d < 10 && n > 0; d++) {
    const from = Math.floor((d * n) / 10), to = Math.floor(((d + 1) * n) / 10);
    let sum = 0;
    for (let i = from; i < to; i++) sum += sortedDesc[i];
    result.push({ decile: d + 1, customers: to - from, total: sum, share: total > 0 ? sum / total : 0 });
  }
  return result;
}

function histogram(sortedDesc: Float64Array, bins: number): ClvBin[] {
  const n = sortedDesc.length;
  if (n === 0) return [];
  const upper = sortedDesc[Math.floor(n / 100)]; // the 99th percentile
  const lower = Math.min(0, sortedDesc[n - 1]);
  if (!(upper > lower)) return [{ from: lower, to: upper, customers: n }];
  const width = (upper - lower) / bins;
  const result = Array.from({ length: bins }, (_, k) => ({ from: lower + k * width, to: lower + (k + 1) * width, customers: 0 }));
  for (let i = 0; i < n; i++) result[Math.min(bins - 1, Math.floor((sortedDesc[i] - lower) / width))].customers++;
  return result;
}
