/** A first guess of which source column plays which role, from column names checked against the values. */
import { detectDateFormat } from './dates.ts';
import { nameScore, normalizeName } from './mapping-names.ts';
import { detectDecimal, parseNumber } from './numbers.ts';
import { ROLES, type DecimalSeparator, type Mapping, type Role } from './types.ts';

/** Below this score a column is not suggested for a role. */
const MIN_SCORE = 0.25;
/** "Most values": the share that must agree (parse as numbers or dates, repeat within orders…). */
const MOSTLY = 0.8;
/** Score of a guess from values alone (a date column or an `…id` column without a known name). */
const VALUE_GUESS = 0.3;

interface Profile {
  filled: number;
  dates: boolean;
  decimal: DecimalSeparator;
  numeric: number;
  integers: number;
  /** Share of values like `#1001`, Shopify's order names. */
  hashIds: number;
  distinct: number;
}

function profile(values: string[]): Profile {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  const decimal = detectDecimal(filled);
  const numbers = filled.map((v) => parseNumber(v, decimal)).filter((n) => n !== null);
  const share = (n: number, of = filled.length) => (of ? n / of : 0);
  return {
    filled: filled.length,
    dates: filled.length > 0 && detectDateFormat(filled) !== null,
    decimal,
    numeric: share(numbers.length),
    integers: share(numbers.filter(Number.isInteger).length, numbers.length),
    hashIds: share(filled.filter((v) => /^#\d+$/.test(v)).length),
    distinct: new Set(filled).size,
  };
}

function score(role: Role, name: string, p: Profile): number {
  const byName = nameScore(role, name);
  if (p.filled === 0) return byName; // nothing to check the name against
  const numeric = p.numeric >= MOSTLY && !p.dates;
  switch (role) {
    case 'order_ts':
      return p.dates ? Math.max(byName, VALUE_GUESS) : 0;
    case 'amount':
    case 'unit_price':
      return numeric ? byName : 0;
    case 'quantity':
      return numeric ? byName * (p.integers >= MOSTLY ? 1 : 0.9) : 0;
    case 'order_id':
      return p.dates ? 0 : p.hashIds >= MOSTLY ? Math.max(byName, 0.7) : byName;
    case 'customer_id': {
      if (p.dates) return 0;
      // An unnamed `…id` / `код…` column with repeated values may be the customer (a weak guess).
      const idLike = /id$|^id|код|code/.test(normalizeName(name)) && p.distinct > 1 && p.distinct < p.filled;
      return byName || (idLike && p.integers >= MOSTLY ? VALUE_GUESS : 0);
    }
    default:
      return p.dates ? 0 : byName;
  }
}

/**
 * Each role gets the best-scoring free column (each column at most one role), best pairs first.
 * Amount is left unmapped when quantity and unit price are mapped and the amount column is an order
 * total repeated on every line of the order (Shopify's `Total`): the load then computes the line amount
 * as quantity × unit price. An amount that differs from line to line within an order is a line amount
 * and stays (whether it equals quantity × price or includes discounts).
 */
export function guessMapping(
  header: string[],
  rows: string[][],
): { mapping: Mapping; confidence: Record<Role, number> } {
  const columns = header.map((_, i) => rows.map((row) => row[i] ?? ''));
  const profiles = columns.map(profile);
  const pairs: Array<{ role: Role; col: number; score: number }> = [];
  header.forEach((name, col) => {
    for (const role of ROLES) {
      const s = Math.min(1, score(role, name, profiles[col]));
      if (s >= MIN_SCORE) pairs.push({ role, col, score: s });
    }
  });
  pairs.sort((a, b) => b.score - a.score || ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.col - b.col);

  const mapping = Object.fromEntries(ROLES.map((r) => [r, null])) as Mapping;
  const confidence = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  const chosen = new Map<Role, number>();
  for (const { role, col, score: s } of pairs) {
    if (chosen.has(role) || [...chosen.values()].includes(col)) continue;
    chosen.set(role, col);
    mapping[role] = header[col];
    confidence[role] = Math.round(s * 100) / 100;
  }
  if (isOrderTotal(chosen, columns, profiles)) {
    mapping.amount = null;
    confidence.amount = 0;
  }
  return { mapping, confidence };
}

/**
 * True when, in most orders whose lines differ (different quantity × price), the amount column holds one
 * value for the whole order (repeated, or only on one line). Without an order id this cannot be told.
 */
function isOrderTotal(chosen: Map<Role, number>, columns: string[][], profiles: Profile[]): boolean {
  const [a, q, p, o] = (['amount', 'quantity', 'unit_price', 'order_id'] as const).map((r) => chosen.get(r));
  if (a === undefined || q === undefined || p === undefined || o === undefined) return false;
  const num = (col: number, i: number) => parseNumber(columns[col][i], profiles[col].decimal);
  const orders = new Map<string, { lineValues: Set<number>; amounts: Set<string> }>();
  columns[o].forEach((id, i) => {
    const order = orders.get(id) ?? { lineValues: new Set<number>(), amounts: new Set<string>() };
    orders.set(id, order);
    order.lineValues.add(Math.round((num(q, i) ?? NaN) * (num(p, i) ?? NaN) * 100));
    if (columns[a][i].trim() !== '') order.amounts.add(columns[a][i].trim());
  });
  const differing = [...orders.values()].filter((order) => order.lineValues.size > 1);
  const oneAmount = differing.filter((order) => order.amounts.size <= 1).length;
  return differing.length > 0 && oneAmount >= MOSTLY * differing.length;
}

/** Required roles still unmapped: customer, date, and amount unless quantity × unit price can stand in. */
export function missingRequired(mapping: Mapping): Role[] {
  const missing: Role[] = [];
  if (!mapping.customer_id) missing.push('customer_id');
  if (!mapping.order_ts) missing.push('order_ts');
  if (!mapping.amount && !(mapping.quantity && mapping.unit_price)) missing.push('amount');
  return missing;
}
