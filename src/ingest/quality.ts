import type { Db } from '../analysis/db';
import qualitySql from './sql/quality.sql?raw';
import examplesSql from './sql/quality-examples.sql?raw';

export type LineReason = 'bad_date' | 'bad_amount' | 'guest' | 'return' | 'zero' | 'kept';

export interface RuleCount {
  rows: number;
  /** Σ |amount| of those rows (0 where the amount could not be read). */
  value: number;
  /** First data-row numbers (1-based within their file) and the files they are in. */
  examples: Array<{ file: number; row: number; text: string }>;
  duplicates: number;
}

export interface QualityReport {
  rowsRead: number;
  /** Lines the CSV reader could not split into the header's fields: file line numbers. */
  malformed: { rows: number; examples: Array<{ file: number; line: number; error: string; text: string }> };
  rules: Record<LineReason, RuleCount>;
  /** What the `purchases` table holds after the switches (zero amounts, duplicates): lines and Σ amount. */
  purchases: { rows: number; value: number };
}

const EMPTY: RuleCount = { rows: 0, value: 0, examples: [], duplicates: 0 };

export async function qualityReport(db: Db): Promise<QualityReport> {
  const rows = await db.query<{ reason: LineReason; rows: number; value: number; duplicates: number }>(qualitySql);
  const examples = await db.query<{ reason: LineReason; file: number; row: number; text: string }>(examplesSql);
  const rules = Object.fromEntries(
    (['bad_date', 'bad_amount', 'guest', 'return', 'zero', 'kept'] as const).map((r) => [r, { ...EMPTY }]),
  ) as Record<LineReason, RuleCount>;
  for (const { reason, ...counts } of rows) {
    rules[reason] = { ...counts, examples: examples.filter((e) => e.reason === reason).map(({ reason: _r, ...e }) => e) };
  }
  const malformed = await db.query<{ file: number; line: number; error: string; text: string; total: number }>(
    'SELECT _file AS file, line, error, text, (count(*) OVER ())::INTEGER AS total FROM raw_rejects ORDER BY _file, line LIMIT 5',
  );
  const purchases = await purchaseTotals(db);
  const read = Object.values(rules).reduce((sum, r) => sum + r.rows, 0);
  const malformedRows = malformed[0]?.total ?? 0;
  return {
    rowsRead: read + malformedRows,
    malformed: { rows: malformedRows, examples: malformed.map(({ total: _t, ...m }) => m) },
    rules,
    purchases,
  };
}

/** Lines and Σ amount of `purchases`: the only part of the report the cleaning switches change. */
export async function purchaseTotals(db: Db): Promise<QualityReport['purchases']> {
  const [totals] = await db.query<{ rows: number; value: number }>(
    'SELECT count(*)::INTEGER AS rows, COALESCE(sum(amount), 0)::DOUBLE AS value FROM purchases',
  );
  return totals;
}
