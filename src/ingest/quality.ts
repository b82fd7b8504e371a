import type { Db } from '../analysis/db';
import qualitySql from './sql/quality.sql?raw';
import examplesSql from './sql/quality-examples.sql?raw';
import { lineOfRow, type Layout } from './layout';

export type LineReason = 'bad_date' | 'bad_amount' | 'guest' | 'return' | 'zero' | 'kept';
const REASONS: LineReason[] = ['bad_date', 'bad_amount', 'guest', 'return', 'zero', 'kept'];
/** How many skipped lines the report lists by number. */
const SKIPPED_LISTED = 100;

export interface RuleCount {
  rows: number;
  /** Σ |amount| of those rows (0 where the amount could not be read). */
  value: number;
  /** First data-row numbers (1-based within their file) and the files they are in. */
  examples: Array<{ file: number; row: number; text: string }>;
  duplicates: number;
}

export interface QualityReport {
  /** Data rows read: the file's lines minus the header and the skipped lines. */
  rowsRead: number;
  /**
   * Title, parameter and filter lines above the header, blank lines, totals rows and repeated header rows
   * (DESIGN §3c): not data rows. `lines` lists the first of them by file line number (sheet row).
   * (Absent in snapshots made before it existed.)
   */
  skipped?: { rows: number; lines: Array<{ file: number; line: number; text: string }> };
  /** Lines the CSV reader could not split into the header's fields: file line numbers. */
  malformed: { rows: number; examples: Array<{ file: number; line: number; error: string; text: string }> };
  rules: Record<LineReason, RuleCount>;
  /** Orders that stay purchases though partly refunded (a platform's refund column), and Σ refunded. */
  partialRefunds?: { orders: number; value: number };
  /** What the `purchases` table holds after the switches (zero amounts, duplicates): lines and Σ amount. */
  purchases: { rows: number; value: number };
}

const EMPTY: RuleCount = { rows: 0, value: 0, examples: [], duplicates: 0 };

/** `layouts[i]`: where file i's table starts and the lines its reader never saw (inspect.ts). */
export async function qualityReport(db: Db, layouts: Layout[] = []): Promise<QualityReport> {
  const all = await db.query<{ reason: LineReason | 'skipped'; rows: number; value: number; duplicates: number }>(qualitySql);
  const skippedRows = all.find((r) => r.reason === 'skipped')?.rows ?? 0;
  const rows = all.filter((r): r is typeof r & { reason: LineReason } => r.reason !== 'skipped');
  const examples = await db.query<{ reason: LineReason; file: number; row: number; text: string }>(examplesSql);
  const rules = Object.fromEntries(
    REASONS.map((r) => [r, { ...EMPTY }]),
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
    skipped: await skippedLines(db, layouts, skippedRows),
    partialRefunds: await partialRefundTotals(db),
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

/** The reader's skipped lines (layouts) and the rows the load classified as skipped, by file line number. */
async function skippedLines(db: Db, layouts: Layout[], rows: number): Promise<NonNullable<QualityReport['skipped']>> {
  const found = await db.query<{ file: number; row: number; text: string }>(
    `SELECT _file::INTEGER AS file, _row::INTEGER AS row, COALESCE(unread_text, '') AS text FROM lines
     WHERE reason = 'skipped' ORDER BY _file, _row LIMIT ${SKIPPED_LISTED}`,
  );
  const noLayout: Layout = { headerLine: 1, skipped: [] };
  const lines = [
    ...layouts.flatMap((layout, file) => layout.skipped.map((line) => ({ file, line, text: '' }))),
    ...found.map(({ file, row, text }) => ({ file, line: lineOfRow(layouts[file] ?? noLayout, row), text })),
  ].sort((a, b) => a.file - b.file || a.line - b.line);
  const fromLayouts = layouts.reduce((sum, layout) => sum + layout.skipped.length, 0);
  return { rows: rows + fromLayouts, lines: lines.slice(0, SKIPPED_LISTED) };
}

/** The load's `partial_refunds` row (report-rows.ts), when the load made one and it counts an order. */
async function partialRefundTotals(db: Db): Promise<QualityReport['partialRefunds']> {
  const [made] = await db.query("SELECT 1 AS yes FROM duckdb_tables() WHERE table_name = 'partial_refunds'");
  if (!made) return undefined;
  const [row] = await db.query<{ orders: number; value: number }>('SELECT orders, value FROM partial_refunds');
  return row && row.orders > 0 ? row : undefined;
}
