import { describe, expect, it } from 'vitest';
import { agreement, aliveBand, crossTab, DEFAULT_ALIVE_BANDS, parseAliveBands } from '../../src/analysis/model-lifecycle';
import type { LifecycleStatus } from '../../src/analysis/lifecycle';

describe('P(alive) bands', () => {
  it('cut at lost < 0.3 and at risk < 0.6 by default, bounds going to the better band', () => {
    expect([0, 0.299, 0.3, 0.599, 0.6, 1].map((p) => aliveBand(p, DEFAULT_ALIVE_BANDS))).toEqual(['lost', 'lost', 'at_risk', 'at_risk', 'alive', 'alive']);
  });

  it('read limits from the hash, falling back to the defaults for anything out of order or range', () => {
    expect(parseAliveBands('0.2', '0.5')).toEqual({ lost: 0.2, atRisk: 0.5 });
    expect(parseAliveBands(undefined, undefined)).toEqual(DEFAULT_ALIVE_BANDS);
    expect(parseAliveBands('0.7', '0.5')).toEqual(DEFAULT_ALIVE_BANDS); // lost above at risk
    expect(parseAliveBands('0', '1')).toEqual(DEFAULT_ALIVE_BANDS);
    expect(parseAliveBands('x', '')).toEqual(DEFAULT_ALIVE_BANDS);
    expect(parseAliveBands('0.1', undefined)).toEqual({ lost: 0.1, atRisk: 0.6 });
  });

  it('compare with the rule: matching bands agree, one-purchase customers are not compared', () => {
    expect(agreement('active', 'alive')).toBe('agree');
    expect(agreement('due', 'alive')).toBe('agree');
    expect(agreement('lost', 'alive')).toBe('model_more_hopeful');
    expect(agreement('at_risk', 'lost')).toBe('model_more_worried');
    expect(agreement('active', 'at_risk')).toBe('model_more_worried');
    expect(agreement('one_time', 'alive')).toBe('not_compared');
    expect(agreement('new', 'lost')).toBe('not_compared');
  });
});

describe('cross-tab of the interval rule and the P(alive) bands', () => {
  const rows: Array<[string, LifecycleStatus, number]> = [
    ['a', 'active', 0.95],
    ['b', 'active', 0.5],
    ['c', 'due', 0.61],
    ['d', 'at_risk', 0.45],
    ['e', 'lost', 0.1],
    ['f', 'lost', 0.8],
    ['g', 'one_time', 1],
    ['h', 'new', 1],
  ];
  const ids = [...rows.map((r) => r[0]), 'unknown'];
  const pAlive = Float64Array.from([...rows.map((r) => r[2]), 0.5]);
  const statusOf = new Map(rows.map((r) => [r[0], r[1]]));

  it('counts every customer once, per status and band, with agreement totals', () => {
    const tab = crossTab(ids, pAlive, statusOf, DEFAULT_ALIVE_BANDS);
    expect(tab.customers).toBe(8);
    expect(tab.missing).toBe(1);
    expect(tab.counts.active).toEqual({ alive: 1, at_risk: 1, lost: 0 });
    expect(tab.counts.due).toEqual({ alive: 1, at_risk: 0, lost: 0 });
    expect(tab.counts.lost).toEqual({ alive: 1, at_risk: 0, lost: 1 });
    expect(tab.bands).toEqual({ alive: 5, at_risk: 2, lost: 1 });
    expect([tab.agree, tab.modelMoreHopeful, tab.modelMoreWorried, tab.notCompared]).toEqual([4, 1, 1, 2]);
  });

  it('moves customers between bands when the limits move', () => {
    const tab = crossTab(ids, pAlive, statusOf, { lost: 0.5, atRisk: 0.9 });
    expect(tab.bands).toEqual({ alive: 3, at_risk: 3, lost: 2 }); // 0.5 is not below 0.5: at risk
    expect(tab.counts.at_risk).toEqual({ alive: 0, at_risk: 0, lost: 1 });
  });
});
