import { decodeSample, detectEncoding } from './encoding';
import { detectDelimiter } from './delimiter';
import { guardSample } from './guard';
import { parsePreview } from './preview';
import { findHeaderRow, headerCandidates, type HeaderCandidate, type Layout } from './layout';
import { emptyLines, lineOffset, splitRows } from './rows';
import { fileKind, SNIFF_BYTES } from './sniff-kind';
import { listSheets, xlsxToCsv } from './xlsx';
import { parquetToCsv } from './parquet';
import { MAX_UNZIPPED_BYTES, tableInZip } from './unzip';
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
  /** Where the table starts (the header line) and the lines the reader never sees (DESIGN §3c). */
  layout: Layout;
  /** The header cells as written in the file (before `header` made them unique names). */
  rawHeader: string[];
  /** The first lines, offered as header rows in the mapping step. */
  candidates: HeaderCandidate[];
  /** The file as dropped (to read another sheet of a workbook). */
  original: File;
  /** Bytes and line breaks in the sampled head of `source`: how many lines the whole file holds (capacity.ts). */
  sample?: { bytes: number; lines: number };
}

export type Inspection = { ok: true; file: InspectedFile } | { ok: false; problem: FileProblem };

const fail = (code: FileProblem['code'], params: FileProblem['params']): Inspection => ({ ok: false, problem: { code, params } });

export interface InspectOptions {
  sheet?: string;
  /** 1-based line (sheet row for a workbook) of the header row, when the user picked one. */
  headerLine?: number;
}

export async function inspectFile(file: File, options: InspectOptions = {}): Promise<Inspection> {
  const { sheet, headerLine } = options;
  if (file.size === 0) return fail('empty', { file: file.name });
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const kind = fileKind(file.name, head);
  try {
    if (kind === 'xls') return fail('legacy_xls', { file: file.name });
    if (kind === 'zip') {
      const inner = await tableInZip(file);
      if (inner.ok) return await inspectFile(inner.file, options);
      return inner.reason === 'too_large'
        ? fail('zip_too_large', { file: file.name, size: inner.size ?? file.size, limit: MAX_UNZIPPED_BYTES })
        : fail('binary', { file: file.name, kind: 'archive' });
    }
    if (kind === 'xlsx') {
      const sheets = await listSheets(file);
      const converted = await xlsxToCsv(file, sheet ?? 1, undefined, headerLine);
      const { layout, candidates } = converted;
      return await inspectText(file, new Blob([converted.csv as BlobPart]), 'xlsx', { sheets, sheet: converted.sheet, layout, candidates });
    }
    if (kind === 'parquet') {
      const converted = await parquetToCsv(file);
      return await inspectText(file, new Blob([converted.csv as BlobPart]), 'parquet');
    }
    return await inspectText(file, file, 'csv', { headerLine });
  } catch (error) {
    return fail('unreadable', { file: file.name, detail: error instanceof Error ? error.message : String(error) });
  }
}

async function inspectText(
  original: File,
  text: Blob,
  format: InspectedFile['format'],
  extra: Pick<InspectedFile, 'sheets' | 'sheet'> & { layout?: Layout; candidates?: HeaderCandidate[]; headerLine?: number } = {},
): Promise<Inspection> {
  const { name, size } = original;
  const bytes = new Uint8Array(await text.slice(0, SAMPLE_BYTES).arrayBuffer());
  const { encoding, bom } = detectEncoding(bytes);
  const whole = decodeSample(bytes, encoding);
  const complete = text.size <= SAMPLE_BYTES;
  const problem = guardSample({ bytes, text: whole, fileSize: text.size, fileName: name, complete });
  if (problem) return { ok: false, problem };
  const delimiter = detectDelimiter(whole);
  // A workbook's CSV already starts at its header row; a text report is read from its header line on.
  const found = extra.layout ? null : textLayout(whole, delimiter, complete, extra.headerLine);
  const layout = extra.layout ?? found!.layout;
  const start = extra.layout ? 0 : lineOffset(whole, layout.headerLine);
  const sample = whole.slice(start);
  const { header, rows } = parsePreview(sample, delimiter, 200, complete);
  const rawHeader = splitRows(sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample, delimiter, 1).rows[0]?.fields ?? [];
  if (rows.length === 0) return fail('empty', { file: name });
  const source = start === 0 ? text : text.slice(byteLength(whole.slice(0, start), encoding, bom));
  return {
    ok: true,
    file: {
      name, size, format, encoding, delimiter, header, rows, source, transcode: encoding !== 'utf-8', original,
      sheets: extra.sheets, sheet: extra.sheet, layout, rawHeader, candidates: extra.candidates ?? found!.candidates,
      sample: { bytes: bytes.length, lines: countLineBreaks(bytes) },
    },
  };
}

/** The header line of a text sample (found, or the one picked), the lines above it and the empty lines below. */
function textLayout(text: string, delimiter: string, complete: boolean, picked?: number): { layout: Layout; candidates: HeaderCandidate[] } {
  const { rows } = splitRows(text, delimiter, 60);
  const chosen = picked === undefined ? -1 : rows.findIndex((row) => row.line >= picked);
  const headerLine = rows[chosen >= 0 ? chosen : findHeaderRow(rows.map((row) => row.fields))]?.line ?? 1;
  // Empty lines below the header are invisible to the reader: listed from the sample when it is the whole file.
  const below = complete ? emptyLines(text, headerLine) : [];
  const skipped = [...Array.from({ length: headerLine - 1 }, (_, i) => i + 1), ...below];
  return { layout: { headerLine, skipped }, candidates: headerCandidates(rows) };
}

/** Bytes taken by `prefix` in the file (the BOM included): where a slice of the file starting after it begins. */
function byteLength(prefix: string, encoding: Encoding, bom: boolean): number {
  if (encoding === 'utf-8') return (bom ? 3 : 0) + new TextEncoder().encode(prefix).length;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 2 + prefix.length * 2;
  return prefix.length;
}

function countLineBreaks(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
