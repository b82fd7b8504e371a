/**
 * Gamma-Gamma model of the average value of repeat purchases (Fader & Hardie 2013, "The Gamma-Gamma Model
 * of Monetary Value", http://brucehardie.com/notes/025/gamma_gamma.pdf; Colombo & Jiang 1999).
 * A customer with x repeat purchases of average value z̄: each value ~ Gamma(p, ν), ν ~ Gamma(q, γ).
 *   ln f(z̄ | x) = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln γ + (px − 1) ln z̄ + px ln x − (px + q) ln(γ + x z̄)
 *   (note 025 eq. 4, the density of z̄ = the mean of x values)
 *   E[Z | x, z̄] = p (γ + x z̄) / (px + q − 1)   (eq. 5; for x = 0 the population mean pγ / (q − 1))
 * Only customers with x > 0 and z̄ > 0 enter the fit (the density is of strictly positive values).
 */
import { lnGamma } from './special';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export function gammaGammaLogLikelihood({ p, q, gamma }: GammaGammaParams, x: number, zbar: number): number {
  const px = p * x;
  return (
    lnGamma(px + q) - lnGamma(px) - lnGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(zbar) +
    px * Math.log(x) - (px + q) * Math.log(gamma + x * zbar)
  );
}

/**
 * E[Z | x, z̄]: expected value of this customer's future purchases, their own average shrunk towards the
 * population mean. Finite only for q > 1 (with q ≤ 1 the population mean is infinite): the fit reports it.
 */
export function expectedAverageValue({ p, q, gamma }: GammaGammaParams, x: number, zbar: number): number {
  return (p * (gamma + x * zbar)) / (p * x + q - 1);
}

/**
 * The value a customer's future purchases are expected to have: E[Z | x, z̄] where it is finite; otherwise
 * (q ≤ 1 makes the population mean infinite) the customer's own average, or `fallbackMean` (the observed
 * mean repeat value) for a customer without repeat purchases. Never NaN or ∞ for finite inputs.
 */
export function safeExpectedValue(params: GammaGammaParams, x: number, zbar: number, fallbackMean: number): number {
  const denominator = params.p * x + params.q - 1;
  if (denominator > 0) return expectedAverageValue(params, x, zbar);
  return x > 0 ? zbar : fallbackMean;
}

export interface FrequencyValueCheck {
  /** Pearson correlation of x and z̄ over the fitted customers (null with fewer than 3 or no spread). */
  correlation: number | null;
  /** |correlation| ≥ threshold: the model's independence assumption is doubtful; show a warning. */
  warn: boolean;
  threshold: number;
}

/**
 * Gamma-Gamma assumes the value of purchases does not depend on how often a customer buys (Fader & Hardie
 * 2013, section 2; check it as in their Figure 2 / the lifetimes docs). CDNOW: about 0.11.
 */
export function frequencyValueCheck(x: ArrayLike<number>, zbar: ArrayLike<number>, threshold = 0.3): FrequencyValueCheck {
  let n = 0, sx = 0, sz = 0;
  for (let i = 0; i < x.length; i++) if (x[i] > 0 && zbar[i] > 0) { n++; sx += x[i]; sz += zbar[i]; }
  if (n < 3) return { correlation: null, warn: false, threshold };
  const mx = sx / n, mz = sz / n;
  let cxx = 0, czz = 0, cxz = 0;
  for (let i = 0; i < x.length; i++) {
    if (!(x[i] > 0 && zbar[i] > 0)) continue;
    const dx = x[i] - mx, dz = zbar[i] - mz;
    cxx += dx * dx; czz += dz * dz; cxz += dx * dz;
  }
  if (cxx === 0 || czz === 0) return { correlation: null, warn: false, threshold };
  const correlation = cxz / Math.sqrt(cxx * czz);
  return { correlation, warn: Math.abs(correlation) >= threshold, threshold };
}
