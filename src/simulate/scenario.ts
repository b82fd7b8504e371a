/**
 * A simulator scenario as it lives in the URL hash (the testing contract of issue 6): raw texts, parsed and
 * checked here. `tiers=10000:2,20000:4`, `kind=discount|cashback`, `redeem=70`, `margin=30`, `retention=5`,
 * `freq=0`, `check=0` (percent values), `horizon=12`, `fee=0`, `member_cost=0`, `setup=0`; absent keys take
 * these defaults (the margin: the app's margin setting, 30 % unless changed). `n0`, `r`, `c` (%) and `d` (%)
 * override the measured projection inputs; empty = measured.
 */
import { costFactor, splitTiers, type Programme, type ProgrammeKind, type Tier } from './programme';
import type { Levers } from './projection';

export const SCENARIO_DEFAULTS = {
  tiers: '10000:2,20000:4',
  kind: 'discount',
  redeem: '70',
  margin: '30',
  retention: '5',
  freq: '0',
  check: '0',
  horizon: '12',
  fee: '0',
  member_cost: '0',
  setup: '0',
  n0: '',
  r: '',
  c: '',
  d: '',
} as const;
export type ScenarioKey = keyof typeof SCENARIO_DEFAULTS;
export const SCENARIO_KEYS = Object.keys(SCENARIO_DEFAULTS) as ScenarioKey[];
export type ScenarioText = Record<ScenarioKey, string>;
export type OverrideKey = 'n0' | 'r' | 'c' | 'd';

/** Why a field cannot be used; the UI words it (`sim.error.<code>`). */
export interface FieldError {
  code: 'number' | 'negative' | 'range' | 'order' | 'integer' | 'missing' | 'margin_discount';
  params?: Record<string, number>;
}

export interface ParsedScenario {
  /** Null when a tier, the kind or the redeemed share is unusable. */
  programme: Programme | null;
  levers: Levers | null;
  /** Fraction; null when unusable. */
  margin: number | null;
  /** Fractions for c and d; null = use the measured value. */
  overrides: Record<OverrideKey, number | null>;
  /** Field (or `tier.<i>.threshold|rate`) → problem; empty when every field is usable. */
  errors: Record<string, FieldError>;
  /** Usable but worth a word beside the field (the margin not above the top discount). */
  warnings: Record<string, FieldError>;
}

/** The hash's scenario keys over the defaults; `marginPercent` is the app's margin setting. */
export function readScenario(filters: Readonly<Record<string, string>>, marginPercent: number): ScenarioText {
  const text = { ...SCENARIO_DEFAULTS, margin: String(marginPercent) } as ScenarioText;
  for (const key of SCENARIO_KEYS) if (key in filters) text[key] = filters[key];
  return text;
}

/** The hash keys that differ from the defaults (the margin is always written: it is shared with other views). */
export function scenarioFilters(text: ScenarioText): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of SCENARIO_KEYS) if (key === 'margin' || text[key] !== SCENARIO_DEFAULTS[key]) out[key] = text[key];
  return out;
}

/** A number as typed: spaces allowed, a decimal comma read as a point; NaN when not a number. */
export function readNumber(text: string): number {
  const clean = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return clean === '' ? NaN : Number(clean);
}

type Check = (x: number) => FieldError | null;
const atLeast = (min: number): Check => (x) => (x < min ? (min === 0 ? { code: 'negative' } : { code: 'range', params: { min } }) : null);
const between = (min: number, max: number, maxOpen = false): Check => (x) => {
  if (min === 0 && x < 0) return { code: 'negative' };
  return x < min || x > max || (maxOpen && x === max) ? { code: 'range', params: { min, max } } : null;
};
const integer = (min: number, max: number): Check => (x) => (!Number.isInteger(x) || x < min || x > max ? { code: 'integer', params: { min, max } } : null);

export function parseScenario(text: ScenarioText): ParsedScenario {
  const errors: Record<string, FieldError> = {};
  const warnings: Record<string, FieldError> = {};
  const field = (key: string, raw: string, ...checks: Check[]): number | null => {
    const x = readNumber(raw);
    if (!Number.isFinite(x)) {
      errors[key] = { code: raw.trim() === '' ? 'missing' : 'number' };
      return null;
    }
    for (const check of checks) {
      const problem = check(x);
      if (problem) {
        errors[key] = problem;
        return null;
      }
    }
    return x;
  };

  const tiers: Tier[] = [];
  const rows = splitTiers(text.tiers);
  if (rows.length === 0) errors['tiers'] = { code: 'missing' };
  rows.forEach((row, i) => {
    const threshold = field(`tier.${i}.threshold`, row.threshold, atLeast(0));
    const rate = field(`tier.${i}.rate`, row.rate, between(0, 100, true));
    const previous = tiers.at(-1);
    if (threshold !== null && previous && tiers.length === i && threshold <= previous.threshold) {
      errors[`tier.${i}.threshold`] = { code: 'order', params: { previous: previous.threshold } };
    } else if (threshold !== null && rate !== null) tiers.push({ threshold, rate });
  });
  const kind: ProgrammeKind | null = text.kind === 'discount' || text.kind === 'cashback' ? text.kind : null;
  if (!kind) errors['kind'] = { code: 'missing' };
  const redeemed = field('redeem', text.redeem, between(0, 100));
  // the redeemed share only matters for cashback
  const usable = kind !== null && (kind === 'discount' || redeemed !== null) && tiers.length === rows.length && rows.length > 0;
  const programme = usable ? { kind, tiers, redeemed: (redeemed ?? Number(SCENARIO_DEFAULTS.redeem)) / 100 } : null;

  const margin = field('margin', text.margin, between(0, 100));
  if (margin === 0) errors['margin'] = { code: 'range', params: { min: 0, max: 100 } };
  if (programme && margin !== null && margin > 0) {
    const top = Math.max(...programme.tiers.map((t) => t.rate)) * costFactor(programme);
    if (margin <= top) warnings['margin'] = { code: 'margin_discount', params: { rate: top } };
  }

  const retention = field('retention', text.retention, between(0, 100));
  const frequency = field('freq', text.freq, between(-99, 1000));
  const check = field('check', text.check, between(-99, 1000));
  const horizon = field('horizon', text.horizon, integer(1, 120));
  const fee = field('fee', text.fee, atLeast(0));
  const memberCost = field('member_cost', text.member_cost, atLeast(0));
  const setup = field('setup', text.setup, atLeast(0));
  const levers =
    retention !== null && frequency !== null && check !== null && horizon !== null && fee !== null && memberCost !== null && setup !== null
      ? { retention, frequency: frequency / 100, check: check / 100, horizon, feePerMonth: fee, memberCostPerMonth: memberCost, setup }
      : null;

  const override = (key: OverrideKey, scale: number, ...checks: Check[]) =>
    text[key].trim() === '' ? null : ((v) => (v === null ? null : v / scale))(field(key, text[key], ...checks));
  const overrides = {
    n0: override('n0', 1, atLeast(0)),
    r: override('r', 1, atLeast(0)),
    c: override('c', 100, between(0, 100, true)),
    d: override('d', 100, between(0, 100, true)),
  };

  return { programme, levers, margin: margin !== null && margin > 0 ? margin / 100 : null, overrides, errors, warnings };
}
