import type { PriceStep, ProductRow } from './products';

/**
 * The strongest product-churn signal, for the headline: the product whose regulars lapse most often
 * relative to the store (the table's first row with a lift), and of its price steps the one after which
 * its regulars lapsed most, compared with before.
 */
export interface ProductSignal {
  product: ProductRow;
  /** True when its regulars lapse more often than the store's repeat customers (lift > 1). */
  leaving: boolean;
  step: PriceStep | null;
}

/** `rows` in table order (highest lift first). Null when no row has a lift (no repeat customer lapsed). */
export function strongestSignal(rows: readonly ProductRow[], steps: readonly PriceStep[]): ProductSignal | null {
  const product = rows.find((r) => r.lift !== null);
  if (!product) return null;
  return { product, leaving: product.lift! > 1, step: telling(steps) };
}

/**
 * The step that tells most: one with rates on both sides beats one without a "before", then the biggest
 * rise from before to after (or the highest after alone); with no regulars watched after any step, the
 * biggest price change.
 */
export function telling(steps: readonly PriceStep[]): PriceStep | null {
  const rank = (s: PriceStep): [number, number] => {
    if (s.after_rate === null) return [0, Math.abs(s.change)];
    if (s.before_rate === null) return [1, s.after_rate];
    return [2, s.after_rate - s.before_rate];
  };
  let best: PriceStep | null = null;
  for (const step of steps) {
    if (!best) best = step;
    else {
      const [a, b] = [rank(step), rank(best)];
      if (a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])) best = step;
    }
  }
  return best;
}
