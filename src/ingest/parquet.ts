/** Parquet → CSV (see csv-writer.ts), read one row group at a time to bound memory. */
import { parquetMetadataAsync, parquetRead, type AsyncBuffer, type FileMetaData, type ParquetParsers } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { CsvBuilder, decimalString, isoDateTime, plainNumber, type OnProgress } from './csv-writer.ts';

/** Every codec hyparquet-compressors decodes (Polars writes ZSTD by default); LZO is the one it lacks. */
const SUPPORTED_CODECS = new Set(['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'LZ4', 'ZSTD', 'LZ4_RAW']);

export class UnsupportedParquetCodecError extends Error {
  constructor(readonly codec: string) {
    super(`Parquet compression ${codec} is not supported (LZO is not)`);
    this.name = 'UnsupportedParquetCodecError';
  }
}

/** `rows` counts data rows (without the header). */
export async function parquetToCsv(file: Blob, onProgress?: OnProgress): Promise<{ csv: Uint8Array; rows: number }> {
  const buffer = blobAsyncBuffer(file);
  const metadata = await parquetMetadataAsync(buffer);
  for (const group of metadata.row_groups) {
    for (const column of group.columns) {
      const codec = column.meta_data?.codec ?? 'UNCOMPRESSED';
      if (!SUPPORTED_CODECS.has(codec)) throw new UnsupportedParquetCodecError(codec);
    }
  }
  const { names, decimalScales } = topLevelColumns(metadata);
  const total = Number(metadata.num_rows);

  const csv = new CsvBuilder();
  csv.addRow(names);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    await parquetRead({
      file: buffer,
      compressors,
      metadata,
      columns: names,
      rowStart,
      rowEnd,
      utf8: false, // un-annotated BYTE_ARRAY stays bytes, so raw DECIMAL bytes are not decoded as text
      parsers: TEXT_PARSERS,
      onComplete: (rows) => {
        for (const row of rows) csv.addRow(row.map((value, i) => valueText(value, decimalScales[i])));
      },
    });
    rowStart = rowEnd;
    onProgress?.(rowStart, total);
  }
  return { csv: csv.finish(), rows: rowStart };
}

function blobAsyncBuffer(blob: Blob): AsyncBuffer {
  return { byteLength: blob.size, slice: (start, end) => blob.slice(start, end).arrayBuffer() };
}

/**
 * Top-level column names, and the scale of each DECIMAL column. hyparquet turns DECIMAL into a float
 * (unscaled × 10^-scale, https://github.com/hyparam/hyparquet/blob/master/src/convert.js), so the
 * annotation is removed from `metadata` here: the raw unscaled integers come back and become exact strings.
 */
function topLevelColumns(metadata: FileMetaData): { names: string[]; decimalScales: (number | undefined)[] } {
  const names: string[] = [];
  const decimalScales: (number | undefined)[] = [];
  const schema = metadata.schema;
  let i = 1; // schema[0] is the root; children follow depth-first
  while (i < schema.length) {
    const element = schema[i];
    names.push(element.name);
    const isDecimal = element.converted_type === 'DECIMAL' || element.logical_type?.type === 'DECIMAL';
    if (isDecimal && !element.num_children) {
      decimalScales.push(element.logical_type?.type === 'DECIMAL' ? element.logical_type.scale : (element.scale ?? 0));
      schema[i] = { ...element, converted_type: undefined, logical_type: undefined };
    } else {
      decimalScales.push(undefined);
    }
    i = skipSubtree(schema, i);
  }
  return { names, decimalScales };
}

function skipSubtree(schema: FileMetaData['schema'], i: number): number {
  let pending = 1;
  while (pending > 0) pending += (schema[i++].num_children ?? 0) - 1;
  return i;
}

const utf8 = new TextDecoder();

/** Dates and timestamps come out of hyparquet already as `YYYY-MM-DD HH:MM:SS` text (UTC). */
const TEXT_PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (ms) => isoDateTime(Number(ms)),
  timestampFromMicroseconds: (us) => isoDateTime(Number(us / 1000n)),
  timestampFromNanoseconds: (ns) => isoDateTime(Number(ns / 1_000_000n)),
  dateFromDays: (days) => isoDateTime(days * 86_400_000),
  stringFromBytes: (bytes) => bytes && utf8.decode(bytes),
};

function valueText(value: unknown, decimalScale: number | undefined): string {
  if (value === null || value === undefined) return '';
  if (decimalScale !== undefined) return decimalString(unscaled(value), decimalScale);
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return plainNumber(value);
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
  }
  if (value instanceof Uint8Array) return utf8.decode(value);
  if (value instanceof Date) return isoDateTime(value.getTime());
  // Nested LIST / STRUCT / MAP columns: as JSON.
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/** The unscaled integer of a DECIMAL: INT32 → number, INT64 → bigint, (FIXED_LEN_)BYTE_ARRAY → big-endian two's complement. */
function unscaled(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  const bytes = value as Uint8Array;
  let n = 0n;
  for (const byte of bytes) n = (n << 8n) | BigInt(byte);
  return bytes.length > 0 && bytes[0] & 0x80 ? n - (1n << BigInt(bytes.length * 8)) : n;
}
