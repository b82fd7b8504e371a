/** Shared vocabulary of the ingest step: what a file looks like and how its columns map onto `purchases`. */

/** Text encodings read (labels as TextDecoder knows them). UTF-16 needs its BOM (Excel's "Unicode Text"). */
export type Encoding = 'utf-8' | 'windows-1251' | 'koi8-r' | 'utf-16le' | 'utf-16be';

/** Canonical columns of `purchases` (DESIGN §2) a source column can be mapped to. */
export const ROLES = [
  'customer_id',
  'order_ts',
  'amount',
  'order_id',
  'product',
  'quantity',
  'unit_price',
  'status',
  'category',
] as const;
export type Role = (typeof ROLES)[number];

/** Source column name per role; `null` = not mapped. */
export type Mapping = Record<Role, string | null>;

export type DecimalSeparator = '.' | ',';

/**
 * How a date column is written. `order` matters only for numeric day/month dates:
 * `dmy` = DD.MM.YYYY or DD/MM/YYYY, `mdy` = MM/DD/YYYY. `excel` = Excel serial day numbers.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy' | 'compact' | 'excel';

export interface DateFormat {
  order: DateOrder;
  /** DuckDB `strptime` formats to try, in order (e.g. `%d.%m.%Y %H:%M:%S`, `%d.%m.%Y`). */
  strptime: string[];
  /** True when the sample alone could not tell DD/MM from MM/DD (decide over the whole column). */
  ambiguous: boolean;
  /**
   * Values end in a UTC offset or `Z` (`2023-01-15 10:23:45 -0500`, `…T10:23:45Z`) that the strptime
   * formats leave out: strip it first with `regexp_replace(s, ZONE_SUFFIX, '\1')` (dates.ts), keeping the
   * wall-clock time as written.
   */
  stripZone?: boolean;
}

/** A problem with an input file, shown to the user: what is wrong, where, and what to do. */
export interface FileProblem {
  code:
    | 'empty'
    | 'zip_too_large'
    | 'binary'
    | 'long_line'
    | 'ragged_rows'
    | 'unbalanced_quotes'
    | 'no_header'
    | 'no_date_column'
    | 'no_amount_column'
    | 'shape_mismatch'
    | 'legacy_xls'
    | 'nothing_kept'
    | 'unreadable';
  /** The i18n key's parameters: file name, line numbers, counts… */
  params: Record<string, string | number>;
}
