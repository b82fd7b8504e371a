/**
 * The loyalty simulator on the shared UCI fixture: the replay (both tier sets), the projection scenarios S1 and
 * S2 (every echoed input and output) and the natural comeback rates equal
 * tests/fixtures/expected/fixture_online_retail_lifecycle.json, computed outside Ottok, within 1e-6 relative.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';
import { loadFixture } from './fixture-load';
import { ensure } from '../../src/analysis/tables';
import { comebackRates } from '../../src/analysis/churn-comeback';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/lifecycle';
import {
  replayOrders, simMeasures, winbackGroup, type ReplayOrders, type SimMeasures,
} from '../../src/analysis/simulator';
import { replay } from '../../src/simulate/replay';
import { epochDay } from '../../src/analysis/calendar';
import { breakEven, project } from '../../src/simulate/projection';
import { parseScenario, readScenario } from '../../src/simulate/scenario';
import { projectionInputs } from '../../src/simulate/inputs';
import { groupFrom } from '../../src/simulate/winback';
import type { Db } from '../../src/analysis/db';

const expected = JSON.parse(readFileSync(new URL('../fixtures/expected/fixture_online_retail_lifecycle.json', import.meta.url), 'utf8'));
const AS_OF = expected.as_of as string;
const WINDOW = { start: epochDay('2010-12-01'), end: epochDay(AS_OF) };

function close(actual: number | null | undefined, wanted: number, what: string, rel = 1e-6): void {
  expect(actual, what).toEqual(expect.any(Number));
  expect(Math.abs((actual as number) - wanted), `${what}: ${actual} vs ${wanted}`).toBeLessThanOrEqual(Math.max(Math.abs(wanted) * rel, 1e-9));
}

interface ExpectedTier {
  threshold: number;
  rate: number;
  orders: number;
  revenue: number;
  customers_at_as_of: number;
}

describe('UCI fixture: the loyalty simulator matches the independent reference', () => {
  let db: Db & { close(): void };
  let orders: ReplayOrders;
  let measures: SimMeasures;
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
    await ensure(db, ['customer_summary', 'sim_orders', 'sim_members'], { asOf: AS_OF, thresholds: DEFAULT_THRESHOLDS });
    orders = await replayOrders(db, AS_OF);
    measures = await simMeasures(db, AS_OF);
  });
  afterAll(() => db.close());

  for (const [tiers, want] of Object.entries(expected.replay as Record<string, { discount_total: number; discount_share: number; per_tier: ExpectedTier[] }>)) {
    it(`replays tiers ${tiers}`, () => {
      const scenario = parseScenario(readScenario({ tiers }, 30));
      const result = replay(orders, scenario.programme!, WINDOW);
      close(result.discountTotal, want.discount_total, 'discount total');
      close(result.discountShare, want.discount_share, 'discount share');
      expect(result.tiers.map((t) => [t.threshold, t.rate, t.orders, t.customers])).toEqual(
        want.per_tier.map((t) => [t.threshold, t.rate, t.orders, t.customers_at_as_of]),
      );
      result.tiers.forEach((t, i) => close(t.revenue, want.per_tier[i].revenue, `tier ${t.threshold} revenue`));
      // the monthly chart adds up to the totals
      close(result.months.reduce((s, m) => s + m.discount, 0), want.discount_total, 'monthly discount');
    });
  }

  for (const name of ['S1', 'S2'] as const) {
    it(`projects scenario ${name} with every input measured from the data`, () => {
      const want = expected.projection[name];
      const echo = want.inputs;
      const hash: Record<string, string> = {
        tiers: echo.tiers,
        kind: echo.kind,
        redeem: String(echo.redeemed_share * 100),
        margin: String(echo.margin * 100),
        retention: String(echo.retention_uplift_pp),
        freq: String(echo.frequency_uplift * 100),
        check: String(echo.check_uplift * 100),
        horizon: String(echo.horizon_months),
        fee: String(echo.fee_per_month),
        member_cost: String(echo.member_cost_per_month),
        setup: String(echo.setup_cost),
      };
      const scenario = parseScenario(readScenario(hash, 30));
      expect(scenario.errors).toEqual({});
      const levers = scenario.levers!;
      expect([levers.retention, levers.frequency, levers.check, levers.horizon, levers.feePerMonth, levers.memberCostPerMonth, levers.setup]).toEqual([
        echo.retention_uplift_pp, echo.frequency_uplift, echo.check_uplift, echo.horizon_months,
        echo.fee_per_month, echo.member_cost_per_month, echo.setup_cost,
      ]);
      expect([scenario.programme!.kind, scenario.programme!.redeemed]).toEqual([echo.kind, echo.redeemed_share]);
      const replayed = replay(orders, scenario.programme!, WINDOW);
      const inputs = projectionInputs(measures, replayed, scenario)!;
      expect(inputs.n0).toBe(want.n0);
      close(inputs.r, want.r, 'r');
      close(inputs.c, want.c, 'c');
      close(inputs.d, want.d, 'd');
      expect(inputs.margin).toBe(echo.margin);
      const p = project(inputs, levers);
      close(p.rho, want.rho, 'rho');
      close(p.rhoPrime, want.rho_prime, 'rho prime');
      close(p.cPrime, want.c_prime, 'c prime');
      close(p.baselineRevenue, want.baseline_revenue, 'baseline revenue');
      close(p.programmeRevenue, want.programme_revenue, 'programme revenue');
      close(p.profitDelta, want.profit_delta, 'profit delta');
      expect(breakEven(inputs, levers)).toBe(want.breakeven_uplift_pp);
    });
  }

  it('measures the natural comeback rates of at-risk and lost customers as the churn view does', async () => {
    expect({ at_risk: measures.comeback.at_risk, lost: measures.comeback.lost }).toEqual(expected.comeback);
    expect(await comebackRates(db, AS_OF)).toEqual(expected.comeback);
  });

  it('sizes the win-back groups from the customers list', async () => {
    await ensure(db, 'customer_table', { asOf: AS_OF, thresholds: DEFAULT_THRESHOLDS, trendMonths: 3 });
    for (const status of ['at_risk', 'lost'] as const) {
      const group = groupFrom(await winbackGroup(db, { status }), measures.comeback);
      expect(group.customers).toBe(expected.status_counts[status]);
      expect(group.natural).toBe(expected.comeback[status].rate);
    }
    const segment = groupFrom(await winbackGroup(db, { segment: 'At Risk' }), measures.comeback);
    expect(segment.customers).toBe(expected.rfm_segments['At Risk']);
    expect(segment.natural).toEqual(expect.any(Number));
  });
});
