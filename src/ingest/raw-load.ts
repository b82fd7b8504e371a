import { sqlIdent, sqlString, type Db } from '../analysis/db';

/** A delimited UTF-8 text file registered with the engine under `path`, with the header the sniffer read. */
export interface CsvSource {
  path: string;
  delimiter: string;
  header: string[];
}

const MAX_LINE_BYTES = 8 * 1024 * 1024;

/**
 * Loads every source (all of one shape) into table `raw`: all VARCHAR, columns named as the header, plus
 * `_file` (0-based source index) and `_row` (1-based data row within its file). Lines DuckDB cannot split
 * into the header's fields go to `raw_rejects` (with their file line) instead of being read wrongly.
 */
export async function loadRaw(db: Db, sources: CsvSource[]): Promise<void> {
  await db.query('CREATE OR REPLACE TABLE raw_rejects (_file INTEGER, line INTEGER, error VARCHAR, text VARCHAR)');
  for (const [index, source] of sources.entries()) {
    const table = index === 0 ? 'raw' : 'raw_next';
    await db.query(readCsvStatement(table, source, index));
    await db.query(
      `INSERT INTO raw_rejects SELECT DISTINCT ON (line) ${index}, line::INTEGER, error_type::VARCHAR, left(csv_line, 200)
       FROM raw_reject_errors ORDER BY line`,
    );
    await db.query('DROP TABLE raw_reject_errors');
    await db.query('DROP TABLE raw_reject_scans');
    if (index > 0) {
      await db.query('INSERT INTO raw BY NAME SELECT * FROM raw_next');
      await db.query('DROP TABLE raw_next');
    }
  }
}

export function readCsvStatement(table: string, source: CsvSource, fileIndex: number): string {
  const columns = source.header.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(', ');
  return `CREATE OR REPLACE TABLE ${sqlIdent(table)} AS
SELECT ${fileIndex}::INTEGER AS _file, (row_number() OVER ())::INTEGER AS _row, *
FROM read_csv(${sqlString(source.path)}, header = true, auto_detect = false, delim = ${sqlString(source.delimiter)},
  quote = '"', escape = '"', columns = {${columns}}, ignore_errors = true, store_rejects = true,
  rejects_table = 'raw_reject_errors', rejects_scan = 'raw_reject_scans',
  max_line_size = ${MAX_LINE_BYTES})`;
}
