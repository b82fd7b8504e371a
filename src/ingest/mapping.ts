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
  /** Share of e-mail addresses / phone numbers / 1C document references («Чек ККМ ХВ00-000003 от 01.01.2023 14:58:33»). */
  emails: number;
  phones: number;
  documents: number;
  /** Share of the sample's rows with a value. */
  fill: number;
  distinct: number;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[\d\s()-]{7,18}$/;
/** A 1C document reference: «<kind> <number> от <DD.MM.YYYY[ HH:MM:SS]>». */
const DOCUMENT_REF = /^[\p{L} ]+ [\p{L}\p{N}-]+ от \d{2}\.\d{2}\.\d{4}( \d{1,2}:\d{2}(:\d{2})?)?$/u;

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
    emails: share(filled.filter((v) => EMAIL.test(v)).length),
    // 10–12 digits: a 13-digit discount card (EAN-13) is not a phone number
    phones: share(filled.filter((v) => PHONE.test(v) && /^\d{10,12}$/.test(v.replace(/\D/g, ''))).length),
    documents: share(filled.filter((v) => DOCUMENT_REF.test(v)).length),
    fill: share(filled.length, values.length),
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
      if (p.documents >= MOSTLY) return Math.max(byName, 0.9);
      return p.dates ? 0 : p.hashIds >= MOSTLY ? Math.max(byName, 0.7) : byName;
    case 'customer_id': {
      if (p.dates || p.documents >= MOSTLY) return 0;
      // Identities (e-mails, phone numbers) outrank free text whose name merely says "customer"; a column
      // empty on most rows (a note) is a poor identity whatever its name.
      const identity = p.emails >= 0.5 ? 0.9 : p.phones >= MOSTLY && byName > 0 ? 0.85 : 0;
      const sparse = p.fill < 0.5 ? 0.5 : 1;
      // An unnamed `…id` / `код…` column with repeated values may be the customer (a weak guess).
      const idLike = /id$|^id|код|code/.test(normalizeName(name)) && p.distinct > 1 && p.distinct < p.filled;
      return Math.max(byName, identity) * sparse || (idLike && p.integers >= MOSTLY ? VALUE_GUESS : 0);
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
): { mapping: Mapping; confidence: Record<Role, number>; orderTotal: string | null } {
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
  // An order total repeated on the lines (Shopify `Total`, WooCommerce `Order Subtotal Amount`) is never
  // summed: the next amount column that is a line amount, else quantity × unit price, else nothing better.
  let orderTotal: string | null = null;
  const tried = new Set<number>();
  while (chosen.has('amount') && isOrderTotal(chosen, columns, profiles)) {
    orderTotal ??= mapping.amount;
    tried.add(chosen.get('amount')!);
    const taken = new Set([...chosen].filter(([r]) => r !== 'amount').map(([, c]) => c));
    const next = pairs.find((p) => p.role === 'amount' && !tried.has(p.col) && !taken.has(p.col));
    chosen.delete('amount');
    mapping.amount = null;
    confidence.amount = 0;
    if (next) {
      chosen.set('amount', next.col);
      mapping.amount = header[next.col];
      confidence.amount = Math.round(next.score * 100) / 100;
    }
  }
  if (mapping.amount === null && orderTotal !== null && !(mapping.quantity && mapping.unit_price)) {
    // nothing better: keep the total rather than leave a required role empty
    mapping.amount = orderTotal;
  }
  return { mapping, confidence, orderTotal };
}

/**
 * True when, in most orders whose lines differ (different quantity × price), the amount column holds one
 * value for the whole order (repeated, or only on one line). Without an order id this cannot be told.
 */
function isOrderTotal(chosen: Map<Role, number>, columns: string[][], profiles: Profile[]): boolean {
  const [a, q, p, o] = (['amount', 'quantity', 'unit_price', 'order_id'] as const).map((r) => chosen.get(r));
  if (a === undefined || q === undefined || p === undefined || o === undefined) return false;
  if (profiles[a].filled === 0) return false;
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

/** Why a column was chosen, in a few words: an i18n key under `reason.` and its parameters (shares 0..1). */
export interface GuessReason {
  key: 'name' | 'email' | 'phone' | 'filled' | 'dates' | 'document' | 'orderTotal' | 'platform';
  params?: Record<string, string | number>;
}

/** One short reason per mapped role (and for an amount left to quantity × unit price because of an order total). */
export function explainMapping(
  header: string[],
  rows: string[][],
  mapping: Mapping,
  orderTotal: string | null,
): Partial<Record<Role, GuessReason>> {
  const reasons: Partial<Record<Role, GuessReason>> = {};
  for (const role of ROLES) {
    const column = mapping[role];
    if (column === null) continue;
    const p = profile(rows.map((row) => row[header.indexOf(column)] ?? ''));
    const pct = (share: number) => ({ share: Math.round(share * 100) / 100 });
    if (role === 'customer_id') {
      reasons[role] =
        p.emails >= 0.5 ? { key: 'email', params: pct(p.emails * p.fill) }
        : p.phones >= MOSTLY ? { key: 'phone', params: pct(p.phones * p.fill) }
        : { key: 'filled', params: pct(p.fill) };
    } else if (role === 'order_ts' && p.dates) reasons[role] = { key: 'dates', params: pct(p.fill) };
    else if (role === 'order_id' && p.documents >= MOSTLY) reasons[role] = { key: 'document' };
    else reasons[role] = { key: 'name' };
  }
  if (orderTotal !== null && mapping.amount !== orderTotal) reasons.amount = { key: 'orderTotal', params: { column: orderTotal } };
  return reasons;
}
