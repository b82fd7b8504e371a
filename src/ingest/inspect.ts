import { decodeSample, detectEncoding } from './encoding';
import { detectDelimiter } from './delimiter';
import { guardSample } from './guard';
import { parsePreview } from './preview';
import { fileKind, SNIFF_BYTES } from './sniff-kind';
import { listSheets, xlsxToCsv } from './xlsx';
import { parquetToCsv } from './parquet';
import type { Encoding, FileProblem } from './types';

/** How much of a text file the sniffers and the preview read. */
const SAMPLE_BYTES = 1024 * 1024;

/** A dropped file, understood well enough to preview it and map its columns. */
export interface InspectedFile {
  name: string;
  size: number;
  format: 'csv' | 'xlsx' | 'parquet';
  encoding: Encoding;
  delimiter: string;
  header: string[];
  rows: string[][];
  /** What the engine reads: the file itself when it is UTF-8 text, else UTF-8 CSV bytes made from it. */
  source: Blob;
  /** True when `source` is Windows-1251 text still to be transcoded at load time. */
  transcode: boolean;
  sheets?: string[];
  sheet?: string;
  /** The file as dropped (to read another sheet of a workbook). */
  original: File;
  /** Bytes and line breaks in the sampled head of `source`: how many lines the whole file holds (capacity.ts). */
  sample?: { bytes: number; lines: number };
}

export type Inspection = { ok: true; file: InspectedFile } | { ok: false; problem: FileProblem };

const fail = (code: FileProblem['code'], params: FileProblem['params']): Inspection => ({ ok: false, problem: { code, params } });

export async function inspectFile(file: File, sheet?: string): Promise<Inspection> {
  if (file.size === 0) return fail('empty', { file: file.name });
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const kind = fileKind(file.name, head);
  try {
    if (kind === 'xls') return fail('legacy_xls', { file: file.name });
    if (kind === 'xlsx') {
      const sheets = await listSheets(file);
      const converted = await xlsxToCsv(file, sheet ?? 1);
      return await inspectText(file, new Blob([converted.csv as BlobPart]), 'xlsx', { sheets, sheet: converted.sheet });
    }
    if (kind === 'parquet') {
      const converted = await parquetToCsv(file);
      return await inspectText(file, new Blob([converted.csv as BlobPart]), 'parquet');
    }
    return await inspectText(file, file, 'csv');
  } catch (error) {
    return fail('unreadable', { file: file.name, detail: error instanceof Error ? error.message : String(error) });
  }
}

async function inspectText(
  original: File,
  text: Blob,
  format: InspectedFile['format'],
  extra: Pick<InspectedFile, 'sheets' | 'sheet'> = {},
): Promise<Inspection> {
  const { name, size } = original;
  const bytes = new Uint8Array(await text.slice(0, SAMPLE_BYTES).arrayBuffer());
  const { encoding } = detectEncoding(bytes);
  const sample = decodeSample(bytes, encoding);
  const complete = text.size <= SAMPLE_BYTES;
  const problem = guardSample({ bytes, text: sample, fileSize: text.size, fileName: name, complete });
  if (problem) return { ok: false, problem };
  const delimiter = detectDelimiter(sample);
  const { header, rows } = parsePreview(sample, delimiter, 200, complete);
  if (rows.length === 0) return fail('empty', { file: name });
  return {
    ok: true,
    file: {
      name, size, format, encoding, delimiter, header, rows, source: text, transcode: encoding !== 'utf-8', original,
      sample: { bytes: bytes.length, lines: countLineBreaks(bytes) },
      ...extra,
    },
  };
}

function countLineBreaks(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
