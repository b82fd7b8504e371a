/** A loyalty programme (DESIGN §3b): tiers by cumulative spend, discount or cashback, running costs. */
export type ProgrammeKind = 'discount' | 'cashback';
export const PROGRAMME_KINDS: readonly ProgrammeKind[] = ['discount', 'cashback'];

export interface Tier {
  /** Cumulative spend from which the tier applies (the currency of the data). */
  threshold: number;
  /** Percent of the order's revenue. */
  rate: number;
}

export interface Programme {
  kind: ProgrammeKind;
  /** Strictly increasing thresholds, all ≥ 0. */
  tiers: Tier[];
  /** Share of cashback that is spent (0…1); only for kind cashback. */
  redeemed: number;
}

/**
 * The rows of the replay's tier table: the tiers, preceded by a "below the first threshold" row (threshold 0,
 * rate 0) when the first threshold is above 0.
 */
export function tierRows(tiers: readonly Tier[]): Tier[] {
  if (tiers.length === 0) return [{ threshold: 0, rate: 0 }];
  return tiers[0].threshold > 0 ? [{ threshold: 0, rate: 0 }, ...tiers] : [...tiers];
}

/** Index of the highest row whose threshold ≤ spend (rows ascending, the first at 0). */
export function tierIndex(rows: readonly Tier[], spend: number): number {
  let index = 0;
  for (let i = 1; i < rows.length && rows[i].threshold <= spend; i++) index = i;
  return index;
}

/** What a unit of rate costs: the redeemed share for cashback, all of it for a discount. */
export function costFactor(programme: Pick<Programme, 'kind' | 'redeemed'>): number {
  return programme.kind === 'cashback' ? programme.redeemed : 1;
}

/** The "tiers" hash value: `10000:2,20000:4`. */
export function tiersText(tiers: readonly Tier[]): string {
  return tiers.map((t) => `${t.threshold}:${t.rate}`).join(',');
}

/** One tier of the hash text as typed: either part may be empty or not a number. */
export interface TierText {
  threshold: string;
  rate: string;
}

export function splitTiers(text: string): TierText[] {
  if (text.trim() === '') return [];
  return text.split(',').map((part) => {
    const [threshold = '', rate = ''] = part.split(':');
    return { threshold: threshold.trim(), rate: rate.trim() };
  });
}

export function joinTiers(rows: readonly TierText[]): string {
  return rows.map((r) => `${r.threshold}:${r.rate}`).join(',');
}
