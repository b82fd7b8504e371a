import { sqlString, type Db } from '../analysis/db';

/** A delimited UTF-8 text file registered with the engine under `path`, with the header the sniffer read. */
export interface CsvSource {
  path: string;
  delimiter: string;
  header: string[];
}

/** The guard's longest line (guard.ts MAX_LINE_CHARS, 1 M characters) at up to 4 bytes a character. */
const MAX_LINE_BYTES = 4 * 1024 * 1024;
/**
 * DuckDB's CSV buffer is 16 × max_line_size unless set (64 MiB here, 128 MiB with the 8 MiB limit used
 * before: the allocation a 10 M-line load died on). 16 MiB holds four longest lines and reads as fast.
 */
const BUFFER_BYTES = 16 * 1024 * 1024;

/**
 * View `raw` over every source (all of one shape): all VARCHAR, columns named as the header, plus `_file`
 * (0-based source index) and `_row` (1-based data row within its file). A view, not a table: the file is
 * read once into the typed `lines` table instead of being held twice in the engine's memory. Lines DuckDB
 * cannot split into the header's fields are skipped and recorded; `collectRejects` gathers them after a scan.
 */
export async function createRawView(db: Db, sources: CsvSource[]): Promise<void> {
  const scans = sources.map((source, index) => readCsvSelect(source, index)).join('\nUNION ALL\n');
  await db.query(`CREATE OR REPLACE VIEW raw AS ${scans}`);
}

export function readCsvSelect(source: CsvSource, fileIndex: number): string {
  const columns = source.header.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(', ');
  return `SELECT ${fileIndex}::INTEGER AS _file, (row_number() OVER ())::INTEGER AS _row, *
FROM read_csv(${sqlString(source.path)}, header = true, auto_detect = false, delim = ${sqlString(source.delimiter)},
  quote = '"', escape = '"', columns = {${columns}}, ignore_errors = true, store_rejects = true,
  rejects_table = 'raw_rejects_${fileIndex}', rejects_scan = 'raw_reject_scans_${fileIndex}',
  max_line_size = ${MAX_LINE_BYTES}, buffer_size = ${BUFFER_BYTES})`;
}

/** Table `raw_rejects`(_file, line, error, text) from the last scan of `raw`: file lines that were skipped. */
export async function collectRejects(db: Db, sourceCount: number): Promise<void> {
  await db.query('CREATE OR REPLACE TABLE raw_rejects (_file INTEGER, line INTEGER, error VARCHAR, text VARCHAR)');
  for (let index = 0; index < sourceCount; index++) {
    await db.query(
      `INSERT INTO raw_rejects SELECT DISTINCT ON (line) ${index}, line::INTEGER, error_type::VARCHAR, left(csv_line, 200)
       FROM raw_rejects_${index} ORDER BY line`,
    );
    await db.query(`DROP TABLE raw_rejects_${index}`);
    await db.query(`DROP TABLE raw_reject_scans_${index}`);
  }
}
