import { describe, expect, it } from 'vitest';
import type { ComebackRate } from '../../src/analysis/churn-comeback';
import type { LifecycleStatus } from '../../src/analysis/lifecycle';
import { groupFrom, winback } from '../../src/simulate/winback';
import { channelCost, defaultResponse, parseWinback } from '../../src/simulate/winback-scenario';

const rate = (r: number | null): ComebackRate => ({ episodes: r === null ? 0 : 10, came_back: 0, rate: r });
const COMEBACK: Record<LifecycleStatus, ComebackRate> = {
  new: rate(null), one_time: rate(0.1), active: rate(0.8), due: rate(0.6), at_risk: rate(0.5), lost: rate(0.25),
};

describe('win-back (DESIGN §3b)', () => {
  it('works a campaign out by hand', () => {
    // value = average order 50 × 4 orders a year × margin 30 % = 60; offer 10 % of 50 = 5
    // incremental = (25 % − 20 %) × 100 = 5; net = 5 × (60 − 5) − 100 × 2 = 75; break-even = 20 % + 2 / 55
    const group = { customers: 100, averageOrder: 50, natural: 0.2, unmeasured: 0 };
    const r = winback(group, 4, 0.3, { contactCost: 2, offer: 0.1, response: 0.25 });
    expect(r.value).toBeCloseTo(60, 12);
    expect(r.offerCost).toBe(5);
    expect(r.incremental).toBeCloseTo(5, 12);
    expect(r.net).toBeCloseTo(75, 9);
    expect(r.breakEvenResponse).toBeCloseTo(0.2 + 2 / 55, 14);
    // one order a year: value 50 × 1 × 30 % = 15 < a 50 % offer of 25 — never pays back
    expect(winback(group, 1, 0.3, { contactCost: 2, offer: 0.5, response: 0.25 }).breakEvenResponse).toBeNull();
  });

  it('averages the natural rates of a mixed group over its customers’ statuses', () => {
    // 3 at risk (50 %) and 1 lost (25 %): (3·0.5 + 0.25) / 4 = 0.4375; 2 new customers have no rate, left out
    const g = groupFrom(
      [
        { status: 'at_risk', customers: 3, averageOrderSum: 300 },
        { status: 'lost', customers: 1, averageOrderSum: 50 },
        { status: 'new', customers: 2, averageOrderSum: 10 },
      ],
      COMEBACK,
    );
    expect(g).toEqual({ customers: 6, averageOrder: 60, natural: 0.4375, unmeasured: 2 });
    // one status: its own rate, exactly
    expect(groupFrom([{ status: 'lost', customers: 7, averageOrderSum: 70 }], COMEBACK).natural).toBe(0.25);
    expect(groupFrom([], COMEBACK)).toEqual({ customers: 0, averageOrder: 0, natural: null, unmeasured: 0 });
  });

  it('fills the campaign from the hash with channel defaults in the data’s currency', () => {
    expect(channelCost('sms', 'RUB')).toBe(5);
    expect(channelCost('sms', 'USD')).toBe(0.063);
    expect(defaultResponse('sms', 0.448)).toBe(48);
    expect(defaultResponse('call', 0.99)).toBe(100);
    const w = parseWinback({ group: 'Lost', channel: 'email' }, 'RUB', 0.2);
    expect(w).toMatchObject({ group: 'Lost', channel: 'email', text: { contact_cost: '0.5', offer: '10', response: '21' }, errors: {} });
    expect(w.levers).toEqual({ contactCost: 0.5, offer: 0.1, response: 0.21 });
    expect(parseWinback({ group: 'nobody' }, 'RUB', null).group).toBe('at_risk');
    const bad = parseWinback({ contact_cost: '-1', offer: '120', response: '' }, 'RUB', null);
    expect(bad.errors).toEqual({ contact_cost: { code: 'negative' }, offer: { code: 'range', params: { min: 0, max: 100 } }, response: { code: 'missing' } });
    expect(bad.levers).toBeNull();
  });
});
