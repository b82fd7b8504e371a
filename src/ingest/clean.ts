import { runScript, sqlIdent, sqlString, type Db } from '../analysis/db';
import { defineTimestampParser } from './date-macro';
import { NUMBER_MACRO } from './number-sql';
import type { DateFormat, DecimalSeparator } from './types';
import macrosSql from './sql/macros.sql?raw';
import linesSql from './sql/lines.sql?raw';
import purchasesSql from './sql/purchases.sql?raw';
import ordersSql from './sql/orders.sql?raw';

export interface TypingOptions {
  decimal: DecimalSeparator;
  dateFormat: DateFormat;
  /** False when the amount is computed as quantity × unit price. */
  amountMapped: boolean;
  /** Status values (any case) that mean cancelled or returned. */
  cancelStatuses: string[];
}

export interface CleaningOptions {
  /** Count zero-amount lines as purchases with no revenue (DESIGN §2 rule 4's switch). */
  keepZeroAmounts: boolean;
  dropDuplicates: boolean;
}

export const DEFAULT_CLEANING: CleaningOptions = { keepZeroAmounts: false, dropDuplicates: false };

/** Types and classifies every line of view `mapped` into table `lines`. */
export async function buildLines(db: Db, options: TypingOptions): Promise<void> {
  await runScript(db, macrosSql);
  await db.query(NUMBER_MACRO);
  await defineTimestampParser(db, options.dateFormat);
  await db.query(cancelledMacro(options.cancelStatuses));
  await db.query(linesSql, [options.decimal === ',', options.amountMapped]);
}

/**
 * `ottok_cancelled(status)`: whether a (lower-cased) status means cancelled or returned. The values come from
 * the file, so they are written as escaped literals; a literal list keeps the check a cheap per-row function.
 */
export function cancelledMacro(statuses: string[]): string {
  const values = [...new Set(statuses.map((s) => s.trim().toLowerCase()))].map(sqlString);
  return `CREATE OR REPLACE MACRO ottok_cancelled(status) AS ${values.length ? `list_contains([${values.join(', ')}], status)` : 'false'}`;
}

const DROP_DUPLICATES = 'QUALIFY row_number() OVER (PARTITION BY _line_hash ORDER BY _file, _row) = 1';

/**
 * (Re)builds `purchases` and `orders` from `lines`; cheap enough to run on every switch change. `purchases`
 * is a view over `lines` unless duplicates are dropped (then a table: the window is not run per query).
 */
export async function buildPurchases(db: Db, options: CleaningOptions): Promise<void> {
  const select = purchasesSql.replaceAll('$1', options.keepZeroAmounts ? 'true' : 'false').trimEnd();
  await dropRelation(db, 'orders');
  await dropRelation(db, 'purchases');
  if (options.dropDuplicates) await db.query(`CREATE TABLE purchases AS\n${select}\n${DROP_DUPLICATES}`);
  else await db.query(`CREATE VIEW purchases AS\n${select}`);
  await db.query(ordersSql);
}

/** Drops a table or view of that name, whichever it is (DuckDB refuses DROP VIEW on a table). */
async function dropRelation(db: Db, name: string): Promise<void> {
  const [found] = await db.query<{ kind: string }>(
    `SELECT 'TABLE' AS kind FROM duckdb_tables() WHERE table_name = $1 AND schema_name = 'main' AND NOT temporary
     UNION ALL SELECT 'VIEW' FROM duckdb_views() WHERE view_name = $1 AND schema_name = 'main' AND NOT temporary`,
    [name],
  );
  if (found) await db.query(`DROP ${found.kind} ${sqlIdent(name)}`);
}
