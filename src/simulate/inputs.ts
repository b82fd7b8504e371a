import type { SimMeasures } from '../analysis/simulator';
import type { ProjectionInputs } from './projection';
import type { ReplayResult } from './replay';
import type { OverrideKey, ParsedScenario } from './scenario';

export const OVERRIDE_KEYS: readonly OverrideKey[] = ['n0', 'r', 'c', 'd'];

/** The projection inputs as measured at the as-of date (DESIGN §3b); c is null without a pooled churn rate. */
export function measuredInputs(measures: SimMeasures, replayed: ReplayResult | null): Record<OverrideKey, number | null> {
  return {
    n0: measures.members,
    r: measures.membersYearRevenue / 12,
    c: measures.churn.rate,
    // members without revenue in the year give no rate; with r = 0 any d projects the same
    d: replayed ? (replayed.effectiveRate ?? 0) : null,
  };
}

/**
 * The inputs the projection runs on: each measured value unless the scenario overrides it. Null while any is
 * missing or unusable (no churn rate yet, a bad override, a bad programme or margin).
 */
export function projectionInputs(measures: SimMeasures, replayed: ReplayResult | null, scenario: ParsedScenario): ProjectionInputs | null {
  if (scenario.margin === null || OVERRIDE_KEYS.some((k) => k in scenario.errors)) return null;
  const measured = measuredInputs(measures, replayed);
  const pick = (k: OverrideKey) => scenario.overrides[k] ?? measured[k];
  const [n0, r, c, d] = OVERRIDE_KEYS.map(pick);
  if (n0 === null || r === null || c === null || d === null) return null;
  return { n0, r, c, d, margin: scenario.margin };
}
