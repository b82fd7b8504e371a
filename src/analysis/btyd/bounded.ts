/**
 * Positive parameters for the optimisers: p = s · exp(M tanh(θ / M)). Near the middle this is the usual
 * log-parameter (p ≈ s e^θ); far out it flattens, so every p stays within s · (1e-8, 1e8) and a likelihood
 * that keeps improving towards a limit (BG/NBD with b → ∞) ends at a finite, recognisable bound instead of
 * overflowing. The scale s (1 for r, a, b, p, q; a data scale for α and γ) makes the fit independent of the
 * time or money unit. The maximum itself is the same in either parameterisation while it lies inside.
 */

const M = Math.log(1e8);
/** A parameter within this factor of its bound is "at the bound" (the data do not pin it down). */
const NEAR = Math.log(100);

export function toParameter(theta: number, scale: number): number {
  return scale * Math.exp(M * Math.tanh(theta / M));
}

/** dp/dθ = p (1 − tanh²(θ / M)). */
export function parameterSlope(theta: number, scale: number): number {
  const t = Math.tanh(theta / M);
  return scale * Math.exp(M * t) * (1 - t * t);
}

export function fromParameter(p: number, scale: number): number {
  const u = Math.log(p / scale) / M;
  return M * Math.atanh(Math.max(-0.999999, Math.min(0.999999, u)));
}

/** −1 at the lower bound, +1 at the upper, 0 inside. */
export function boundSide(p: number, scale: number): -1 | 0 | 1 {
  const u = Math.log(p / scale);
  if (u > M - NEAR) return 1;
  if (u < -M + NEAR) return -1;
  return 0;
}
