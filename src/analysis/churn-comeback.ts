import type { Db } from './db';
import { DEFAULT_THRESHOLDS } from './lifecycle';
import comebackSql from './sql/churn-comeback.sql?raw';

export interface ComebackRate {
  /** Times customers entered the status on or before as-of − 90 days. */
  episodes: number;
  /** Of those, the ones whose next purchase came within 90 days of entering. */
  came_back: number;
  /** Null without episodes. */
  rate: number | null;
}

export type ComebackRates = Record<'at_risk' | 'lost', ComebackRate>;

/** Natural comeback rates of at-risk and lost customers (DESIGN §3b win-back), as of the as-of date. */
export async function comebackRates(db: Db, asOf: string, thresholds = DEFAULT_THRESHOLDS): Promise<ComebackRates> {
  const rows = await db.query<ComebackRate & { status: 'at_risk' | 'lost' } & Record<string, unknown>>(comebackSql, [asOf, thresholds.at_risk, thresholds.lost]);
  const pick = (status: 'at_risk' | 'lost'): ComebackRate => {
    const { episodes, came_back, rate } = rows.find((r) => r.status === status)!;
    return { episodes, came_back, rate };
  };
  return { at_risk: pick('at_risk'), lost: pick('lost') };
}
