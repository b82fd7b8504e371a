import type { Db } from './db';
import type { CustomerRow } from './customers';
import rowSql from './sql/customer-row.sql?raw';

/** One customer's row of `customer_table` (build it first), or null when there is no such customer. */
export async function customerRow(db: Db, customerId: string): Promise<CustomerRow | null> {
  const [row] = await db.query<CustomerRow & Record<string, unknown>>(rowSql, [customerId]);
  return row ?? null;
}
