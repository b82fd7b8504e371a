import { runScript, type Db } from '../analysis/db';
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
  await db.query('CREATE OR REPLACE TABLE cancel_statuses (status VARCHAR)');
  for (const status of new Set(options.cancelStatuses.map((s) => s.trim().toLowerCase()))) {
    await db.query('INSERT INTO cancel_statuses VALUES ($1)', [status]);
  }
  await db.query(linesSql, [options.decimal === ',', options.amountMapped]);
}

/** (Re)builds `purchases` and `orders` from `lines`; cheap enough to run on every switch change. */
export async function buildPurchases(db: Db, options: CleaningOptions): Promise<void> {
  await db.query(purchasesSql, [options.keepZeroAmounts, options.dropDuplicates]);
  await db.query(ordersSql);
}
