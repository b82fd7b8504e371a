import { tiersText } from './programme';
import type { ScenarioText } from './scenario';

export const PRESETS = ['spend_discount', 'flat_cashback', 'retention5'] as const;
export type Preset = (typeof PRESETS)[number];

/** The published example's thresholds, in roubles: 10 000 ₽ → 2 %, 20 000 ₽ → 4 %. */
export const ROUBLE_THRESHOLDS = [10_000, 20_000] as const;

/** x rounded to the nearest (by ratio) of 1, 2, 2.5, 5 × 10^k — a threshold a shop would print on a card. */
export function niceRound(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 0;
  const power = 10 ** Math.floor(Math.log10(x));
  const steps = [1, 2, 2.5, 5, 10].map((s) => s * power);
  return steps.reduce((best, s) => (Math.abs(Math.log(s / x)) < Math.abs(Math.log(best / x)) ? s : best));
}

/**
 * Thresholds of the "discount by cumulative spend" preset. In roubles, the example's own 10 000 and 20 000.
 * In any other currency a rouble amount means nothing, so the scale comes from the data: the first threshold is
 * the regulars' median spend to date rounded to a printable number, the second twice that — the example's
 * 1 : 2 step, with about half of the regulars past the first tier. Null when there are no regulars to measure.
 */
export function spendThresholds(currency: string, regularsMedianSpend: number | null): [number, number] | null {
  if (currency === 'RUB') return [...ROUBLE_THRESHOLDS];
  const first = niceRound(regularsMedianSpend ?? 0);
  return first > 0 ? [first, 2 * first] : null;
}

/** The hash keys a preset sets; the rest of the scenario stays as it is. */
export function presetChanges(preset: Preset, currency: string, regularsMedianSpend: number | null): Partial<ScenarioText> {
  if (preset === 'flat_cashback') return { tiers: '0:5', kind: 'cashback', redeem: '70' };
  if (preset === 'retention5') return { retention: '5', freq: '0', check: '0' };
  const [low, high] = spendThresholds(currency, regularsMedianSpend) ?? ROUBLE_THRESHOLDS;
  return { tiers: tiersText([{ threshold: low, rate: 2 }, { threshold: high, rate: 4 }]), kind: 'discount' };
}
