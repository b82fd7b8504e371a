/**
 * Customer-value models (DESIGN §3): BG/NBD purchases, Gamma-Gamma values, predictive CLV, holdout
 * validation. Pure TypeScript, no DuckDB, no Svelte. The usual path for a view:
 *
 *   1. SQL → arrays:   loadModelData(db, asOf) / loadModelData(db, split, end) + loadHoldoutWeekly(db, split, end)
 *                      (../model-data.ts; needs `purchase_days`, built by buildPurchaseDays)
 *   2. in the worker:  createBtydClient().ltv(data, { unit, clv }) / .holdout(data, { holdoutDays, weeklyActual })
 *                      (../btyd-client.ts); the same jobs run synchronously with runBtydJob (tests)
 *   3. the page maps result indexes (summary.top[i].index, scores[i]) back to data.ids[i].
 *
 * What the UI must show or explain (the numbers are always finite):
 *   - models.purchases.dropout === 'not-identified': the data show no customer leaving (b → ∞ / a → 0); the
 *     model used is the NBD limit, P(alive) = 1 for everyone, a and b are not meaningful (show "—" and say
 *     why: too short a history, or customers who never stop buying — e.g. wholesale). bgnbd holds the
 *     bounded optimum for the curious.
 *   - One-time buyers (x = 0) always have P(alive) = 1 in the BG/NBD (dropout can only happen after a
 *     repeat purchase); their expected purchases are still low.
 *   - α is in the stated unit (models.unit: 'day' | 'week'); r, a, b, p, q, γ do not depend on it, nor do
 *     any predictions. Money is in the data's currency; CLV is margin, discounted monthly.
 *   - models.value === null: nobody has repeat purchases of positive value — no Gamma-Gamma; values fall
 *     back to observedMeanValue (0). value.infiniteMean (q ≤ 1): expected values use the customer's own
 *     average (one-time buyers: the observed mean). zeroValueExcluded customers (average repeat value 0)
 *     were left out of the Gamma-Gamma fit: say how many.
 *   - valueCheck.warn: frequency and value are correlated (|ρ| ≥ 0.3), which the model assumes they are not.
 *   - purchases.atBound / value.atBound non-empty: those parameters ran to the edge of what the data can
 *     tell (r and α: purchase rates more uneven than the data show, typically when almost nobody came back;
 *     a and b together: one sharp dropout probability a / (a + b)). Predictions stay finite; show a note
 *     that the model has little to go on. converged === false: likewise.
 *   - A job can reject with a RangeError (no customers; no repeat purchase at all is fine) and, only for
 *     parameters far outside anything seen in shop data, "BG/NBD … out of range" — show the message.
 */
export { PurchasePredictor, pAlive, pBuyWithin, expectedPurchasesNew, conditionalExpectedPurchases } from './bgnbd';
export type { BgnbdParams, PurchaseModel, Rft } from './bgnbd';
export { bgnbdLogLikelihood } from './bgnbd-likelihood';
export { fitBgnbd, type BgnbdFit, type ParamName } from './bgnbd-fit';
export { gammaGammaLogLikelihood, expectedAverageValue, safeExpectedValue, frequencyValueCheck } from './gamma-gamma';
export type { GammaGammaParams, FrequencyValueCheck } from './gamma-gamma';
export { fitGammaGamma, type GammaGammaFit } from './gamma-gamma-fit';
export { compressRft, inUnit, type RftRows, type Compressed } from './compress';
export { fitModels, DAYS_PER_UNIT, DAYS_PER_MONTH, type ModelInput, type FittedModels, type Fitted, type TimeUnit } from './model';
export { scoreCustomers, monthlyRateFromAnnual, DEFAULT_CLV, type ClvOptions, type CustomerScores } from './clv';
export { summarizeClv, type ClvSummary, type TopCustomer, type ClvDecile, type ClvBin } from './clv-summary';
export { validateHoldout, type HoldoutValidation, type FrequencyBin, type HoldoutWeek } from './holdout';
export { pAliveMatrix, pAliveHistory, type PAlivePoint } from './palive-views';
export { runBtydJob, type BtydJob, type LtvJob, type HoldoutJob, type LtvResult, type HoldoutResult } from './jobs';
export { hyp2f1 } from './hyp2f1';
export { lnGamma, digamma } from './special';
