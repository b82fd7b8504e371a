/**
 * The load's steps for reports and platform exports (DESIGN §3c), run beside the plain CSV pipeline:
 * order-level fill-down (a view over `mapped`, before the lines are typed) and totals rows found by their
 * sums (after). Which columns to fill is decided from the preview, so a file that needs neither pays nothing.
 */
import { sqlIdent, type Db } from '../analysis/db';
import type { Mapping, Role } from './types';
import reportTotalsSql from './sql/report-totals.sql?raw';

/** Order-level roles that may be filled down; money and quantities never are (an order total copied to every line would be summed). */
export const FILL_DOWN_ROLES = ['customer_id', 'order_ts', 'status', 'category'] as const satisfies readonly Role[];

const RAW: Record<(typeof FILL_DOWN_ROLES)[number], string> = {
  customer_id: 'customer_raw',
  order_ts: 'ts_raw',
  status: 'status_raw',
  category: 'category_raw',
};

/**
 * Roles whose column is filled on the first line of an order and empty on its other lines (Shopify's
 * Financial Status, Paid at…) in at least half of the preview's orders of several lines. Needs an order id.
 */
export function fillDownRoles(header: string[], rows: string[][], mapping: Mapping): Role[] {
  const orderAt = mapping.order_id === null ? -1 : header.indexOf(mapping.order_id);
  if (orderAt < 0) return [];
  const orders = new Map<string, string[][]>();
  for (const row of rows) {
    const id = (row[orderAt] ?? '').trim();
    if (id === '') continue;
    orders.set(id, [...(orders.get(id) ?? []), row]);
  }
  const multi = [...orders.values()].filter((lines) => lines.length > 1);
  return FILL_DOWN_ROLES.filter((role) => {
    const at = mapping[role] === null ? -1 : header.indexOf(mapping[role]!);
    if (at < 0 || multi.length === 0) return false;
    const filled = (row: string[]) => (row[at] ?? '').trim() !== '';
    const firstOnly = multi.filter(([first, ...rest]) => filled(first) && !rest.some(filled)).length;
    return firstOnly > 0 && firstOnly * 2 >= multi.length;
  });
}

/**
 * Replaces view `mapped` by one where, within each order (same order id), an empty cell of a `roles` column
 * takes the order's first line's value when that line is the only one filled (DESIGN §3c order-level
 * fill-down). The unfilled view stays as `mapped_lines`. Lines without an order id are left as they are.
 */
export async function fillDown(db: Db, roles: Role[]): Promise<void> {
  const columns = FILL_DOWN_ROLES.filter((role) => roles.includes(role)).map((role) => RAW[role]);
  if (columns.length === 0) return;
  const filled = columns.map(
    (c) => `CASE WHEN order_raw IS NULL OR NULLIF(trim(${c}), '') IS NOT NULL THEN ${c}
      WHEN count(NULLIF(trim(${c}), '')) OVER orders = 1 AND NULLIF(trim(first_value(${c}) OVER lines), '') IS NOT NULL
      THEN first_value(${c}) OVER lines ELSE ${c} END AS ${c}`,
  );
  await db.query('DROP VIEW IF EXISTS mapped_lines');
  await db.query('ALTER VIEW mapped RENAME TO mapped_lines');
  await db.query(`CREATE VIEW mapped AS
SELECT * REPLACE (${filled.join(',\n  ')})
FROM mapped_lines
WINDOW orders AS (PARTITION BY trim(order_raw)), lines AS (PARTITION BY trim(order_raw) ORDER BY _file, _row)`);
}

const TOTALS_CANDIDATES = `SELECT count(*)::INTEGER AS n FROM lines
WHERE reason = 'bad_date' AND customer_id IS NULL AND order_id IS NULL AND amount IS NOT NULL AND COALESCE(trim(unread_text), '') = ''`;

/** Marks totals rows found by their sums as skipped (report-totals.sql); the window runs only when a line could be one. */
export async function markTotalsBySum(db: Db): Promise<void> {
  const [{ n }] = await db.query<{ n: number }>(TOTALS_CANDIDATES);
  if (n > 0) await db.query(reportTotalsSql);
}

/** The preview rows as the load will see them: `fillDown`'s rule applied to the roles `fillDownRoles` picks. */
export function filledRows(header: string[], rows: string[][], mapping: Mapping): string[][] {
  const roles = fillDownRoles(header, rows, mapping);
  const orderAt = mapping.order_id === null ? -1 : header.indexOf(mapping.order_id);
  if (roles.length === 0 || orderAt < 0) return rows;
  const columns = roles.map((role) => header.indexOf(mapping[role]!));
  const orders = new Map<string, string[][]>();
  for (const row of rows) {
    const id = (row[orderAt] ?? '').trim();
    if (id !== '') orders.set(id, [...(orders.get(id) ?? []), row]);
  }
  return rows.map((row) => {
    const lines = orders.get((row[orderAt] ?? '').trim());
    if (!lines) return row;
    const out = [...row];
    for (const at of columns) {
      const filled = lines.filter((line) => (line[at] ?? '').trim() !== '');
      if ((out[at] ?? '').trim() === '' && filled.length === 1 && filled[0] === lines[0]) out[at] = lines[0][at];
    }
    return out;
  });
}

/**
 * Table `partial_refunds`(orders, value): orders that stay purchases (their status is not a return) while
 * the platform's refunded-amount column says part was refunded, and the sum of those refunds — reported,
 * not subtracted (DESIGN §3c). Read from view `raw` before the file is dropped; needs the macros of
 * buildLines (ottok_number, ottok_cancelled). Empty without a refund column.
 */
export async function partialRefunds(
  db: Db,
  columns: { order: string | null; status: string | null; refund: string | null },
  decimalComma: boolean,
): Promise<void> {
  await db.query('CREATE OR REPLACE TABLE partial_refunds (orders INTEGER, value DOUBLE)');
  const { order, status, refund } = columns;
  if (!order || !refund) return;
  await db.query(
    `INSERT INTO partial_refunds
SELECT count(*)::INTEGER, COALESCE(sum(refund), 0)::DOUBLE FROM (
  SELECT max(ottok_number(${sqlIdent(refund)}, $1)) AS refund,
    ${status ? `max(NULLIF(lower(trim(${sqlIdent(status)})), ''))` : 'NULL::VARCHAR'} AS status
  FROM raw WHERE NULLIF(trim(${sqlIdent(order)}), '') IS NOT NULL GROUP BY trim(${sqlIdent(order)})
) WHERE refund > 0 AND NOT COALESCE(ottok_cancelled(status), false)`,
    [decimalComma],
  );
}
