/**
 * The loyalty programme's projection and break-even (DESIGN §3b), pure arithmetic on inputs measured once:
 * moving a lever never touches SQL.
 */
export interface ProjectionInputs {
  /** N0: members (repeat customers active, due or at risk at the as-of date). */
  n0: number;
  /** r: members' monthly revenue (their revenue in the 365 days up to the as-of date / 12). */
  r: number;
  /** c: monthly churn rate (0…1). */
  c: number;
  /** d: the programme's effective rate on members' revenue (0…1). */
  d: number;
  /** M: margin (0…1). */
  margin: number;
}

export interface Levers {
  /** u: retention uplift in percentage points of annual retention. */
  retention: number;
  /** φ and ψ: purchase-frequency and average-check uplifts (fractions, 0.02 = +2 %). */
  frequency: number;
  check: number;
  /** H: months. */
  horizon: number;
  feePerMonth: number;
  memberCostPerMonth: number;
  setup: number;
}

export const DEFAULT_LEVERS: Levers = { retention: 5, frequency: 0, check: 0, horizon: 12, feePerMonth: 0, memberCostPerMonth: 0, setup: 0 };

export interface ProjectionMonth {
  month: number;
  /** R_m and R'_m. */
  baseline: number;
  programme: number;
  /** The month's profit effect, and the running total including the set-up cost. */
  profit: number;
  cumulative: number;
}

export interface Projection {
  /** ρ = (1 − c)^12, ρ' = min(1, ρ + u/100), c' = 1 − ρ'^(1/12). */
  rho: number;
  rhoPrime: number;
  cPrime: number;
  months: ProjectionMonth[];
  baselineRevenue: number;
  programmeRevenue: number;
  /** Δ = Σ_m [(M − d)·R'_m − M·R_m − fee − member_cost·N0·(1 − c')^m] − set-up. */
  profitDelta: number;
}

export function annualRetention(c: number): number {
  return (1 - c) ** 12;
}

/** c' for a retention uplift of u percentage points. */
export function upliftedChurn(c: number, u: number): { rhoPrime: number; cPrime: number } {
  const rhoPrime = Math.min(1, annualRetention(c) + u / 100);
  return { rhoPrime, cPrime: 1 - rhoPrime ** (1 / 12) };
}

export function project(inputs: ProjectionInputs, levers: Levers): Projection {
  const { n0, r, c, d, margin } = inputs;
  const { rhoPrime, cPrime } = upliftedChurn(c, levers.retention);
  const boost = (1 + levers.frequency) * (1 + levers.check);
  const months: ProjectionMonth[] = [];
  let cumulative = -levers.setup;
  for (let m = 1; m <= levers.horizon; m++) {
    const kept = (1 - cPrime) ** m;
    const baseline = r * (1 - c) ** m;
    const programme = r * boost * kept;
    const profit = (margin - d) * programme - margin * baseline - levers.feePerMonth - levers.memberCostPerMonth * n0 * kept;
    cumulative += profit;
    months.push({ month: m, baseline, programme, profit, cumulative });
  }
  return {
    rho: annualRetention(c),
    rhoPrime,
    cPrime,
    months,
    baselineRevenue: months.reduce((s, m) => s + m.baseline, 0),
    programmeRevenue: months.reduce((s, m) => s + m.programme, 0),
    profitDelta: months.reduce((s, m) => s + m.profit, 0) - levers.setup,
  };
}

/** Δ(u) with every other lever as given: the same sum as project(), without building the months. */
export function profitDelta(inputs: ProjectionInputs, levers: Levers, u: number): number {
  const { n0, r, c, d, margin } = inputs;
  const { cPrime } = upliftedChurn(c, u);
  const boost = (1 + levers.frequency) * (1 + levers.check);
  let sum = 0;
  for (let m = 1; m <= levers.horizon; m++) {
    const kept = (1 - cPrime) ** m;
    const programme = r * boost * kept;
    sum += (margin - d) * programme - margin * (r * (1 - c) ** m) - levers.feePerMonth - levers.memberCostPerMonth * n0 * kept;
  }
  return sum - levers.setup;
}

/**
 * Break-even retention uplift: the first u on the grid 0, 0.01, 0.02 … pp with Δ(u) ≥ 0 — a scan, since Δ need
 * not rise steadily (member costs grow with retention). Null when no u pays back up to ρ' = 1.
 */
export function breakEven(inputs: ProjectionInputs, levers: Levers): number | null {
  const rho = annualRetention(inputs.c);
  for (let k = 0; k <= 10_000; k++) {
    const u = k / 100;
    if (profitDelta(inputs, levers, u) >= 0) return u;
    if (rho + u / 100 >= 1) return null;
  }
  return null;
}

export interface SensitivityPoint {
  u: number;
  delta: number;
}

/** Δ against the retention uplift, 0 … max pp. */
export function sensitivity(inputs: ProjectionInputs, levers: Levers, max = 20, step = 0.25): SensitivityPoint[] {
  const points: SensitivityPoint[] = [];
  for (let k = 0; k * step <= max + 1e-9; k++) {
    const u = Math.round(k * step * 100) / 100;
    points.push({ u, delta: profitDelta(inputs, levers, u) });
  }
  return points;
}
