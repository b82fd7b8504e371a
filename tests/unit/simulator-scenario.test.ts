import { describe, expect, it } from 'vitest';
import { parseScenario, readNumber, readScenario, scenarioFilters, SCENARIO_DEFAULTS } from '../../src/simulate/scenario';
import { niceRound, presetChanges, spendThresholds } from '../../src/simulate/presets';
import { joinTiers, splitTiers } from '../../src/simulate/programme';

const parse = (filters: Record<string, string>, margin = 30) => parseScenario(readScenario(filters, margin));

describe('the simulator scenario in the hash', () => {
  it('takes the contract defaults for absent keys, the margin from the app setting', () => {
    const s = parse({}, 42);
    expect(s.errors).toEqual({});
    expect(s.programme).toEqual({ kind: 'discount', tiers: [{ threshold: 10000, rate: 2 }, { threshold: 20000, rate: 4 }], redeemed: 0.7 });
    expect(s.levers).toEqual({ retention: 5, frequency: 0, check: 0, horizon: 12, feePerMonth: 0, memberCostPerMonth: 0, setup: 0 });
    expect(s.margin).toBe(0.42);
    expect(s.overrides).toEqual({ n0: null, r: null, c: null, d: null });
  });

  it('reads percent values and writes back only what differs from the defaults', () => {
    const text = readScenario({ tiers: '0:5', kind: 'cashback', redeem: '70', freq: '2', fee: '100', member_cost: '0.05', setup: '500', c: '3,5' }, 30);
    const s = parseScenario(text);
    expect(s.programme).toEqual({ kind: 'cashback', tiers: [{ threshold: 0, rate: 5 }], redeemed: 0.7 });
    expect(s.levers).toMatchObject({ frequency: 0.02, feePerMonth: 100, memberCostPerMonth: 0.05, setup: 500 });
    expect(s.overrides.c).toBe(0.035);
    expect(scenarioFilters(text)).toEqual({ tiers: '0:5', kind: 'cashback', freq: '2', fee: '100', member_cost: '0.05', setup: '500', c: '3,5', margin: '30' });
    expect(readNumber('10 000')).toBe(10000);
    expect(readNumber('abc')).toBeNaN();
  });

  it('puts a message beside each bad field instead of computing with it', () => {
    const s = parse({ tiers: '10000:-2,5000:4,x:1', redeem: '120', retention: '-1', horizon: '1.5', fee: '-3' });
    expect(s.errors).toEqual({
      'tier.0.rate': { code: 'negative' },
      'tier.2.threshold': { code: 'number' },
      redeem: { code: 'range', params: { min: 0, max: 100 } },
      retention: { code: 'negative' },
      horizon: { code: 'integer', params: { min: 1, max: 120 } },
      fee: { code: 'negative' },
    });
    expect(s.programme).toBeNull();
    expect(s.levers).toBeNull();
    // thresholds out of order: the second must be above the first
    expect(parse({ tiers: '10000:2,5000:4' }).errors).toEqual({ 'tier.1.threshold': { code: 'order', params: { previous: 10000 } } });
    expect(parse({ tiers: '10000:2,10000:4' }).errors['tier.1.threshold'].code).toBe('order');
    expect(parse({ tiers: '' }).errors).toEqual({ tiers: { code: 'missing' } });
    // the redeemed share does not matter for a discount
    expect(parse({ redeem: 'x' }).programme).not.toBeNull();
    expect(parse({ redeem: 'x', kind: 'cashback' }).programme).toBeNull();
  });

  it('warns when the margin is not above the top rate, and refuses a zero margin', () => {
    expect(parse({}, 4).warnings).toEqual({ margin: { code: 'margin_discount', params: { rate: 4 } } });
    expect(parse({ kind: 'cashback' }, 3).warnings).toEqual({});
    // cashback 4 % × 70 % spent = 2.8 % ≥ a 2.5 % margin
    expect(parse({ kind: 'cashback' }, 2.5).warnings.margin.params).toEqual({ rate: expect.closeTo(2.8, 12) });
    expect(parse({ margin: '0' }).margin).toBeNull();
    expect(parse({ margin: '0' }).errors.margin.code).toBe('range');
  });

  it('splits and joins the tiers text', () => {
    expect(splitTiers(SCENARIO_DEFAULTS.tiers)).toEqual([{ threshold: '10000', rate: '2' }, { threshold: '20000', rate: '4' }]);
    expect(joinTiers([{ threshold: '', rate: '2' }])).toBe(':2');
    expect(splitTiers(':2')).toEqual([{ threshold: '', rate: '2' }]);
  });
});

describe('presets', () => {
  it('rounds thresholds to printable numbers', () => {
    expect([1500, 3400, 7000, 123, 0.8, 0].map(niceRound)).toEqual([2000, 2500, 5000, 100, 1, 0]);
  });

  it('keeps the rouble example in roubles and scales it to the regulars’ median spend otherwise', () => {
    expect(spendThresholds('RUB', 1234)).toEqual([10000, 20000]);
    expect(spendThresholds('GBP', 1500)).toEqual([2000, 4000]);
    expect(spendThresholds('USD', null)).toBeNull();
    expect(presetChanges('spend_discount', 'GBP', 1500)).toEqual({ tiers: '2000:2,4000:4', kind: 'discount' });
    expect(presetChanges('spend_discount', 'USD', null)).toEqual({ tiers: '10000:2,20000:4', kind: 'discount' });
    expect(presetChanges('flat_cashback', 'RUB', null)).toEqual({ tiers: '0:5', kind: 'cashback', redeem: '70' });
    expect(presetChanges('retention5', 'RUB', null)).toEqual({ retention: '5', freq: '0', check: '0' });
  });
});
