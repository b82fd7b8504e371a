/**
 * Speed of the customer-value models (issue "Speed": fit BG/NBD + Gamma-Gamma and score every customer in
 * ≤ 1 s for 100 k and ≤ 5 s for 1 M customers in the browser). Figures, not a test (nothing is asserted
 * about time):
 *
 *   npx vitest run --config bench/vitest.config.ts bench/btyd-scale.test.ts
 *
 * Customers are drawn from the BG/NBD itself (tests/unit/btyd-simulate.ts, seeded): first purchases spread
 * over two years, times in whole days, r = 0.5, α = 20 days, a = 0.8, b = 2.5; values from a Gamma-Gamma.
 * Timed: the LTV job exactly as the worker runs it (compress, fit both models, score 12 months of CLV per
 * customer, summarise), single-threaded, in Node; best of RUNS.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runBtydJob } from '../src/analysis/btyd/jobs';
import { simulateBgnbd } from '../tests/unit/btyd-simulate';

const TRUTH = { r: 0.5, alpha: 20, a: 0.8, b: 2.5 };
const RUNS = Number(process.env.BTYD_RUNS ?? 3);
const lines: string[] = [];
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

describe('customer-value models at scale', () => {
  afterAll(() => console.log(`\nBTYD fit + score, Node ${process.version}, best of ${RUNS}:\n${lines.join('\n')}`));

  for (const size of [100_000, 1_000_000]) {
    it(`${size.toLocaleString('en')} customers`, () => {
      const input = simulateBgnbd(size, TRUTH, 730, 2024);
      for (const unit of ['week', 'day'] as const) {
        let best = { total: Infinity, fit: 0, score: 0 };
        let result = runBtydJob({ kind: 'ltv', input, unit });
        for (let run = 0; run < RUNS; run++) {
          const started = performance.now();
          result = runBtydJob({ kind: 'ltv', input, unit });
          const total = performance.now() - started;
          if (total < best.total) best = { total, fit: result.fitMs, score: result.scoreMs };
        }
        const p = result.models.purchases;
        expect(p.dropout).toBe('identified');
        lines.push(
          `${size.toLocaleString('en').padStart(9)} customers, ${unit.padEnd(4)}: ${s(best.total)} ` +
            `(fit ${s(best.fit)}, score + summary ${s(best.score)}); ${p.rows.toLocaleString('en')} distinct (x, t_x, T); ` +
            `r ${p.bgnbd.r.toFixed(3)} α ${p.bgnbd.alpha.toFixed(2)} a ${p.bgnbd.a.toFixed(3)} b ${p.bgnbd.b.toFixed(3)}`,
        );
      }
    });
  }
});
