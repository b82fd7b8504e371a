/**
 * parseNumber (numbers.ts) as a DuckDB macro built from the very same pattern, so the bulk load and the
 * preview cannot drift apart. Values come out as DECIMAL(18, 4): more decimals are rounded, and a number
 * of 10^14 or more is NULL (TRY_CAST), where parseNumber would still return it.
 */
import { sqlString } from '../analysis/db.ts';
import { numberPattern } from './numbers.ts';
import type { DecimalSeparator } from './types.ts';

/** A SQL expression for the number written in the VARCHAR expression `value` (NULL for empty or junk). */
export function numberSql(value: string, decimal: DecimalSeparator): string {
  const pattern = sqlString(numberPattern(decimal));
  const plain =
    decimal === '.'
      ? `regexp_replace(m.digits, '[^0-9.]', '', 'g')`
      : `replace(regexp_replace(m.digits, '[^0-9,]', '', 'g'), ',', '.')`;
  // Plain numbers (most values of most files: `12`, `-3.5`) take a cheap cast instead of the full pattern.
  const plainPattern = decimal === '.' ? String.raw`-?[0-9]+(\.[0-9]+)?` : '-?[0-9]+(,[0-9]+)?';
  const plainValue = decimal === '.' ? value : `replace(${value}, ',', '.')`;
  // The one-element list and its lambda run the regular expression once per value, not once per group.
  return `CASE WHEN regexp_full_match(${value}, ${sqlString(plainPattern)}) THEN TRY_CAST(${plainValue} AS DECIMAL(18, 4)) ELSE list_transform([regexp_extract(${value}, ${pattern}, ['sign', 'open', 'digits', 'close'])], lambda m: CASE
    WHEN m.digits = '' OR (m.open = '') <> (m.close = '') OR (m.open <> '' AND m.sign <> '') THEN NULL
    ELSE (CASE WHEN m.open <> '' OR list_contains(['-', '\u2212'], m.sign) THEN -1 ELSE 1 END) * TRY_CAST(${plain} AS DECIMAL(18, 4))
  END)[1] END`;
}

/** `ottok_number(s, decimal_comma)`: decimal_comma is TRUE when ',' separates decimals. */
export const NUMBER_MACRO = `CREATE OR REPLACE MACRO ottok_number(s, decimal_comma) AS
  CASE WHEN decimal_comma THEN ${numberSql('s', ',')} ELSE ${numberSql('s', '.')} END`;
