/**
 * The model-based lifecycle (DESIGN §3): P(alive) from the BG/NBD cut into bands, shown next to the interval
 * rule's status (never instead of it), and a cross-tab of the two classifications per customer.
 */
import { LIFECYCLE_STATUSES, type LifecycleStatus } from './lifecycle';

/** Bands from the most to the least likely to still be a customer (also the `data-band` values). */
export const ALIVE_BANDS = ['alive', 'at_risk', 'lost'] as const;
export type AliveBand = (typeof ALIVE_BANDS)[number];

/** P(alive) below `lost` → lost; below `atRisk` → at risk; otherwise alive. */
export interface AliveBandLimits {
  lost: number;
  atRisk: number;
}

export const DEFAULT_ALIVE_BANDS: AliveBandLimits = { lost: 0.3, atRisk: 0.6 };

export function aliveBand(pAlive: number, limits: AliveBandLimits): AliveBand {
  if (pAlive < limits.lost) return 'lost';
  return pAlive < limits.atRisk ? 'at_risk' : 'alive';
}

/**
 * Band limits from text (the hash's `lost` and `risk`, as fractions): each kept when it is a number strictly
 * between 0 and 1 and lost < at risk; otherwise the default.
 */
export function parseAliveBands(lost: string | undefined, atRisk: string | undefined): AliveBandLimits {
  const read = (text: string | undefined, fallback: number) => {
    const value = Number(text);
    return text !== undefined && text.trim() !== '' && value > 0 && value < 1 ? value : fallback;
  };
  const limits = { lost: read(lost, DEFAULT_ALIVE_BANDS.lost), atRisk: read(atRisk, DEFAULT_ALIVE_BANDS.atRisk) };
  return limits.lost < limits.atRisk ? limits : { ...DEFAULT_ALIVE_BANDS };
}

/**
 * The band a status "should" fall in if the two classifications agreed; null for customers with one purchase
 * day (new, one-time): the BG/NBD never sees them drop out (P(alive) = 1), so there is nothing to compare.
 */
export const MATCHING_BAND: Record<LifecycleStatus, AliveBand | null> = {
  new: null,
  one_time: null,
  active: 'alive',
  due: 'alive',
  at_risk: 'at_risk',
  lost: 'lost',
};

export type Agreement = 'agree' | 'model_more_hopeful' | 'model_more_worried' | 'not_compared';

const RANK: Record<AliveBand, number> = { alive: 0, at_risk: 1, lost: 2 };

/** How a cell of the cross-tab compares the two classifications. */
export function agreement(status: LifecycleStatus, band: AliveBand): Agreement {
  const expected = MATCHING_BAND[status];
  if (expected === null) return 'not_compared';
  if (expected === band) return 'agree';
  return RANK[band] < RANK[expected] ? 'model_more_hopeful' : 'model_more_worried';
}

export interface CrossTab {
  /** Customers per interval-rule status (rows) and P(alive) band (columns). */
  counts: Record<LifecycleStatus, Record<AliveBand, number>>;
  /** Customers per band, over all statuses. */
  bands: Record<AliveBand, number>;
  customers: number;
  /** Repeat customers (≥ 2 purchase days) whose band matches their status, or not (either way). */
  agree: number;
  modelMoreHopeful: number;
  modelMoreWorried: number;
  /** Customers with one purchase day (new, one-time): always in the model's top band. */
  notCompared: number;
  /** Model customers without a status (should not happen: both are taken up to the as-of date). */
  missing: number;
}

const zeros = (): Record<AliveBand, number> => ({ alive: 0, at_risk: 0, lost: 0 });

/**
 * Counts customers per (status, band). `ids[i]` and `pAlive[i]` are the model's customers in its order;
 * `statusOf` maps customer id → interval-rule status at the same as-of date.
 */
export function crossTab(
  ids: readonly string[],
  pAlive: ArrayLike<number>,
  statusOf: ReadonlyMap<string, LifecycleStatus>,
  limits: AliveBandLimits,
): CrossTab {
  const counts = Object.fromEntries(LIFECYCLE_STATUSES.map((s) => [s, zeros()])) as CrossTab['counts'];
  const tab: CrossTab = { counts, bands: zeros(), customers: 0, agree: 0, modelMoreHopeful: 0, modelMoreWorried: 0, notCompared: 0, missing: 0 };
  for (let i = 0; i < ids.length; i++) {
    const status = statusOf.get(ids[i]);
    if (status === undefined) {
      tab.missing++;
      continue;
    }
    const band = aliveBand(pAlive[i], limits);
    counts[status][band]++;
    tab.bands[band]++;
    tab.customers++;
    const how = agreement(status, band);
    if (how === 'agree') tab.agree++;
    else if (how === 'model_more_hopeful') tab.modelMoreHopeful++;
    else if (how === 'model_more_worried') tab.modelMoreWorried++;
    else tab.notCompared++;
  }
  return tab;
}
