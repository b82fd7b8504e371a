import { sqlString, type Db } from '../analysis/db';
import { ZONE_SUFFIX } from './dates';
import type { DateFormat } from './types';

/**
 * Defines `ottok_parse_ts(text) → TIMESTAMP` for the column's format. Formats are the app's own strptime
 * patterns, so they are inlined as literals (a list parameter is not portable between the engines).
 * Excel serial days count from 1899-12-30 (Lotus 1-2-3's leap-year bug kept by Excel).
 */
export async function defineTimestampParser(db: Db, format: DateFormat): Promise<void> {
  const body =
    format.order === 'excel'
      ? `TIMESTAMP '1899-12-30' + to_microseconds(round(TRY_CAST(replace(s, ',', '.') AS DOUBLE) * 86400000000)::BIGINT)`
      : `try_strptime(${format.stripZone ? `regexp_replace(s, ${sqlString(ZONE_SUFFIX)}, '\\1')` : 's'}, [${format.strptime.map(sqlString).join(', ')}])`;
  await db.query(`CREATE OR REPLACE MACRO ottok_parse_ts(s) AS ${body}`);
}

