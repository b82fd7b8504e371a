import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetToCsv, UnsupportedParquetCodecError } from '../../src/ingest/parquet.ts';

const text = (csv: Uint8Array) => new TextDecoder().decode(csv);
const utc = (...parts: [number, number, number, number?, number?, number?]) => new Date(Date.UTC(...parts));

const columnData = [
  { name: 'customer_id', data: [17850n, null, 12346n, 9007199254740993n] },
  { name: 'amount', data: [15.3, -2.5, 1e21, 0.00000015] },
  { name: 'product', data: ['Ёлка, "big"', 'line\nbreak', '=1+1', null] },
  { name: 'order_ts', data: [utc(2011, 11, 9, 12, 50), utc(2010, 11, 1, 8, 26, 59), null, utc(1999, 0, 1)] },
  { name: 'ts_micros', data: [1323435000123456n, null, 0n, -1000000n] },
  { name: 'ts_nanos', data: [1323435000999999999n, null, null, null] },
  { name: 'day', data: [utc(2011, 11, 9), null, null, null] },
  { name: 'price_i32', data: [255n, -12345n, 0n, 5n] },
  { name: 'price_i64', data: [123456789012345678n, -1n, null, 10000n] },
  { name: 'price_flba', data: [123456789012345678901234567890123456n, -1n, 0n, null] },
  { name: 'paid', data: [true, false, null, true] },
];

const schema = [
  { name: 'root', num_children: columnData.length },
  { name: 'customer_id', type: 'INT64', repetition_type: 'OPTIONAL' },
  { name: 'amount', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
  { name: 'product', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  { name: 'order_ts', type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type: 'OPTIONAL' },
  { name: 'ts_micros', type: 'INT64', converted_type: 'TIMESTAMP_MICROS', repetition_type: 'OPTIONAL' },
  {
    name: 'ts_nanos',
    type: 'INT64',
    logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'NANOS' },
    repetition_type: 'OPTIONAL',
  },
  { name: 'day', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
  { name: 'price_i32', type: 'INT32', converted_type: 'DECIMAL', scale: 2, precision: 9, repetition_type: 'OPTIONAL' },
  { name: 'price_i64', type: 'INT64', converted_type: 'DECIMAL', scale: 4, precision: 18, repetition_type: 'OPTIONAL' },
  {
    name: 'price_flba',
    type: 'FIXED_LEN_BYTE_ARRAY',
    type_length: 16,
    converted_type: 'DECIMAL',
    scale: 6,
    precision: 38,
    repetition_type: 'OPTIONAL',
  },
  { name: 'paid', type: 'BOOLEAN', repetition_type: 'OPTIONAL' },
] as const;

function parquetBlob(options: Partial<Parameters<typeof parquetWriteBuffer>[0]> = {}): Blob {
  // Two rows per row group, so the file is read in two chunks.
  const buffer = parquetWriteBuffer({ columnData, schema: [...schema], rowGroupSize: 2, ...options });
  return new Blob([buffer]);
}

describe('parquetToCsv', () => {
  it('converts every type into exact CSV text', async () => {
    const result = await parquetToCsv(parquetBlob());
    expect(result.rows).toBe(4);
    expect(text(result.csv)).toBe(
      'customer_id,amount,product,order_ts,ts_micros,ts_nanos,day,price_i32,price_i64,price_flba,paid\n' +
        '17850,15.3,"Ёлка, ""big""",2011-12-09 12:50:00,2011-12-09 12:50:00,2011-12-09 12:50:00,2011-12-09 00:00:00,2.55,12345678901234.5678,123456789012345678901234567890.123456,true\n' +
        ',-2.5,"line\nbreak",2010-12-01 08:26:59,,,,-123.45,-0.0001,-0.000001,false\n' +
        '12346,1000000000000000000000,=1+1,,1970-01-01 00:00:00,,,0.00,,0.000000,\n' +
        '9007199254740993,0.00000015,,1999-01-01 00:00:00,1969-12-31 23:59:59,,,0.05,1.0000,,true\n',
    );
  });

  it('keeps decimals exact when dictionary-encoded or stored as BYTE_ARRAY', async () => {
    const n = 1000; // enough repeats for dictionary encoding
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'price', data: Array.from({ length: n }, (_, i) => (i % 2 ? 255n : -100n)) },
        { name: 'big', data: Array.from({ length: n }, (_, i) => (i % 2 ? 12n : null)) },
        { name: 'raw', data: Array.from({ length: n }, (_, i) => (i % 2 ? 'x' : 'y')) },
      ],
      schema: [
        { name: 'root', num_children: 3 },
        { name: 'price', type: 'INT64', converted_type: 'DECIMAL', scale: 2, precision: 10, repetition_type: 'OPTIONAL' },
        { name: 'big', type: 'BYTE_ARRAY', converted_type: 'DECIMAL', scale: 1, precision: 10, repetition_type: 'OPTIONAL' },
        { name: 'raw', type: 'BYTE_ARRAY', repetition_type: 'OPTIONAL' }, // un-annotated, read as UTF-8 text
      ],
    });
    const csv = text((await parquetToCsv(new Blob([buffer]))).csv);
    expect(csv.startsWith('price,big,raw\n-1.00,,y\n2.55,1.2,x\n')).toBe(true);
    expect(csv.split('\n')).toHaveLength(n + 2);
  });

  it('reports progress per row group', async () => {
    const calls: [number, number][] = [];
    await parquetToCsv(parquetBlob(), (done, total) => calls.push([done, total]));
    expect(calls).toEqual([
      [2, 4],
      [4, 4],
    ]);
  });

  it('reads uncompressed files too', async () => {
    const snappy = text((await parquetToCsv(parquetBlob())).csv);
    expect(text((await parquetToCsv(parquetBlob({ codec: 'UNCOMPRESSED' }))).csv)).toBe(snappy);
  });

  it('reads GZIP-compressed files through hyparquet-compressors', async () => {
    const snappy = text((await parquetToCsv(parquetBlob())).csv);
    const gzip = parquetBlob({ codec: 'GZIP', compressors: { GZIP: (bytes: Uint8Array) => new Uint8Array(gzipSync(bytes)) } });
    expect(text((await parquetToCsv(gzip)).csv)).toBe(snappy);
  });

  it('names a compression codec it cannot read', async () => {
    // A stand-in "compressor" is enough: only the codec named in the metadata matters.
    const file = parquetBlob({ codec: 'LZO', compressors: { LZO: (bytes: Uint8Array) => bytes } });
    await expect(parquetToCsv(file)).rejects.toThrow(UnsupportedParquetCodecError);
    await expect(parquetToCsv(file)).rejects.toMatchObject({ codec: 'LZO' });
  });
});
