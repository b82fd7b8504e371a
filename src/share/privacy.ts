/**
 * What may go into a snapshot: aggregates only. A recorded query is left out when its rows have a customer or
 * order id column, hold any text equal to a customer or order id of the data, or look like one row per
 * customer (at least as many rows as customers). Views that need such rows say so in a snapshot.
 */
import { sqlString, type Db, type Row } from '../analysis/db';

export type LeftOutReason = 'id_column' | 'id_value' | 'per_customer';

const ID_COLUMN = /^(customer_id|order_id)$/i;
/** Fewer rows than this are never taken for a per-customer list (a shop with 12 customers has 12 months too). */
const PER_CUSTOMER_MIN_ROWS = 50;

/** Every string inside a value (rows, lists, nested objects), trimmed. */
export function collectStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value.trim());
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, into);
  return into;
}

/** Replaces every string found in `drop` by '' (deep copy). */
export function blank<T>(value: T, drop: ReadonlySet<string>): T {
  if (typeof value === 'string') return (drop.has(value.trim()) ? '' : value) as T;
  if (Array.isArray(value)) return value.map((v) => blank(v, drop)) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v, drop)])) as T;
  return value;
}

export function screenQueries(
  entries: ReadonlyMap<string, Row[]>,
  { customers, idValues }: { customers: number; idValues: ReadonlySet<string> },
): { kept: Map<string, Row[]>; leftOut: Array<{ key: string; reason: LeftOutReason }> } {
  const kept = new Map<string, Row[]>();
  const leftOut: Array<{ key: string; reason: LeftOutReason }> = [];
  for (const [key, rows] of entries) {
    const columns = new Set(rows.flatMap((row) => Object.keys(row)));
    let reason: LeftOutReason | null = null;
    if ([...columns].some((c) => ID_COLUMN.test(c))) reason = 'id_column';
    else if (rows.length > PER_CUSTOMER_MIN_ROWS && rows.length >= customers) reason = 'per_customer';
    else if ([...collectStrings(rows)].some((s) => idValues.has(s))) reason = 'id_value';
    if (reason) leftOut.push({ key, reason });
    else kept.set(key, rows);
  }
  return { kept, leftOut };
}

/** Which of the strings are a customer id or an order id of the loaded data (tables `lines`, `purchases`). */
export async function idValuesAmong(db: Db, strings: Iterable<string>): Promise<Set<string>> {
  const all = [...strings].filter((s) => s !== '');
  const found = new Set<string>();
  for (let i = 0; i < all.length; i += 500) {
    const list = all.slice(i, i + 500).map(sqlString).join(', ');
    const rows = await db.query<{ v: string }>(
      `SELECT v FROM (SELECT unnest([${list}]::VARCHAR[]) AS v)
       WHERE v IN (SELECT customer_id FROM lines WHERE customer_id IS NOT NULL)
          OR v IN (SELECT order_id FROM lines WHERE order_id IS NOT NULL)
          OR v IN (SELECT order_id FROM purchases WHERE order_id IS NOT NULL)`,
    );
    for (const row of rows) found.add(row.v);
  }
  return found;
}
