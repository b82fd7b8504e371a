import { describe, expect, it } from 'vitest';
import { bgnbdModel, PurchasePredictor } from '../../src/analysis/btyd/bgnbd';
import { bgnbdLogLikelihood, bgnbdTotal } from '../../src/analysis/btyd/bgnbd-likelihood';
import { compressRft } from '../../src/analysis/btyd/compress';
import { expectRelative, readVectors } from './btyd-vectors';

const rows = readVectors('bgnbd_formula_vectors.csv');
const params = (r: Record<string, string>) => ({ r: +r.r, alpha: +r.alpha, a: +r.a, b: +r.b });
const label = (r: Record<string, string>) => `${r.params} x=${r.x} t_x=${r.t_x} T=${r.T} t=${r.t}`;

describe('BG/NBD formulas against the shared test vectors (40-digit arithmetic)', () => {
  it('has all 192 rows', () => expect(rows).toHaveLength(192));

  it.each(rows.map((r) => [label(r), r] as const))('%s', (_label, r) => {
    const p = params(r);
    const predictor = new PurchasePredictor(bgnbdModel(p));
    const [x, tx, T, t] = [+r.x, +r.t_x, +r.T, +r.t];
    expectRelative(bgnbdLogLikelihood(p, x, tx, T), +r.ll_i, 1e-9, 'ln L');
    expectRelative(predictor.pAlive(x, tx, T), +r.p_alive, 1e-9, 'P(alive)');
    expectRelative(predictor.conditional(x, tx, T, t), +r.cond_exp, 1e-9, 'E[Y(t) | x, t_x, T]');
    expectRelative(predictor.expectedNew(t), +r.E_X_t, 1e-9, 'E[X(t)]');
  });

  it('sums the same log-likelihood over compressed rows, with weights', () => {
    const cdnow = rows.filter((r) => r.params === 'cdnow_fit');
    const c = compressRft(cdnow.map((r) => +r.x), cdnow.map((r) => +r.t_x), cdnow.map((r) => +r.T));
    expect(c.rows.length).toBe(cdnow.length / 4); // each customer appears once per horizon t
    const expected = cdnow.reduce((s, r) => s + +r.ll_i, 0);
    expectRelative(bgnbdTotal(params(cdnow[0]), c.rows).ll, expected, 1e-9, 'Σ ln L');
  });

  it('has a gradient equal to central differences of the log-likelihood', () => {
    const cdnow = rows.filter((r) => r.params === 'online_retail_days');
    const { rows: data } = compressRft(cdnow.map((r) => +r.x), cdnow.map((r) => +r.t_x), cdnow.map((r) => +r.T));
    const p = params(cdnow[0]);
    const { gradient } = bgnbdTotal(p, data);
    (['r', 'alpha', 'a', 'b'] as const).forEach((name, k) => {
      const h = p[name] * 1e-6;
      const ll = (v: number) => bgnbdTotal({ ...p, [name]: v }, data).ll;
      expectRelative(gradient[k], (ll(p[name] + h) - ll(p[name] - h)) / (2 * h), 1e-6, `∂/∂${name}`);
    });
  });
});
