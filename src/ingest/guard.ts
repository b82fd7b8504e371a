/**
 * Problems that stop a text file before loading: empty, binary, unsplittable. Size alone is no problem: the
 * engine reads a file in slices; whether its lines fit in memory is capacity.ts's question.
 */
import { detectDelimiter } from './delimiter.ts';
import { splitRows } from './rows.ts';
import { findHeaderRow, isTotalsRow } from './layout.ts';
import { utf16Bom } from './encoding.ts';
import type { FileProblem } from './types.ts';

/** A longer line stops the load: one 5 MB line without a line break exhausted native DuckDB's memory. */
export const MAX_LINE_CHARS = 1024 * 1024;
/** Rows whose field count differs from the header's, above this share of the sampled rows, make a problem. */
export const RAGGED_SHARE = 0.01;
/** An unclosed quote in a partial sample is a problem once it has swallowed this many lines. */
export const OPEN_QUOTE_LINES = 100;
const LINES_SHOWN = 5;

export interface Sample {
  /** The first bytes of the file (all of it when `complete`). */
  bytes: Uint8Array;
  /** `bytes` decoded. */
  text: string;
  fileSize: number;
  fileName: string;
  complete: boolean;
}

const MAGIC: Array<[kind: string, bytes: number[]]> = [
  ['image', [0x89, 0x50, 0x4e, 0x47]], // PNG
  ['image', [0xff, 0xd8, 0xff]], // JPEG
  ['image', [0x47, 0x49, 0x46, 0x38]], // GIF8
  ['pdf', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['archive', [0x50, 0x4b, 0x03, 0x04]], // ZIP (an XLSX is routed to the workbook reader before this)
  ['archive', [0x50, 0x4b, 0x05, 0x06]], // empty ZIP
  ['archive', [0x1f, 0x8b]], // gzip
  ['archive', [0x52, 0x61, 0x72, 0x21]], // Rar!
  ['archive', [0x37, 0x7a, 0xbc, 0xaf]], // 7z
];

/** The first problem found in the sample, or null when the file looks loadable. */
export function guardSample(sample: Sample): FileProblem | null {
  const { bytes, fileSize, complete } = sample;
  const file = sample.fileName; // the messages' {file}
  const text = sample.text.charCodeAt(0) === 0xfeff ? sample.text.slice(1) : sample.text;
  if (fileSize === 0 || bytes.length === 0) return problem('empty', { file, reason: 'no_bytes' });
  const magic = MAGIC.find(([, head]) => head.every((b, i) => bytes[i] === b));
  if (magic) return problem('binary', { file, kind: magic[0] });
  // UTF-16 text has a NUL in every ASCII character; it was decoded through its BOM
  if (bytes.includes(0) && !utf16Bom(bytes)) return problem('binary', { file, kind: 'binary' });
  if (text.trim() === '' && complete) return problem('empty', { file, reason: 'blank' });

  const long = findLongLine(text, complete);
  if (long) return problem('long_line', { file, line: long.line, length: long.length, limit: MAX_LINE_CHARS });

  const delimiter = detectDelimiter(text);
  const split = splitRows(text, delimiter);
  const quote = split.openQuote;
  if (quote && (complete || quote.linesAfter > OPEN_QUOTE_LINES)) {
    return problem('unbalanced_quotes', { file, line: quote.line });
  }
  const all = !complete && split.lastCut ? split.rows.slice(0, -1) : split.rows;
  // From the header row down (a report's title lines have fewer fields); totals rows may be shorter too.
  const rows = all.slice(findHeaderRow(all.map((row) => row.fields))).filter((row, i) => i === 0 || !isTotalsRow(row.fields));
  if (complete && rows.length <= 1) return problem('empty', { file, reason: rows.length ? 'header_only' : 'blank' });
  return raggedRows(rows, file);
}

function problem(code: FileProblem['code'], params: FileProblem['params']): FileProblem {
  return { code, params };
}

/**
 * The first line longer than MAX_LINE_CHARS. In a partial sample, a last line running to the end of the
 * sample already counts when it fills half the sample: its end is out of sight, and no table has such lines.
 */
function findLongLine(text: string, complete: boolean): { line: number; length: number } | null {
  let start = 0;
  let line = 1;
  for (;;) {
    let end = start;
    let c = text.charCodeAt(end);
    while (end < text.length && c !== 10 && c !== 13) c = text.charCodeAt(++end);
    const length = end - start;
    if (length > MAX_LINE_CHARS) return { line, length };
    if (end >= text.length) return !complete && length >= Math.max(text.length / 2, 64 * 1024) ? { line, length } : null;
    start = c === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    line++;
  }
}

function raggedRows(rows: Array<{ fields: string[]; line: number }>, file: string): FileProblem | null {
  const expected = rows[0]?.fields.length ?? 0;
  const data = rows.slice(1);
  const bad = data.filter((row) => row.fields.length !== expected);
  if (bad.length === 0 || bad.length <= data.length * RAGGED_SHARE) return null;
  return problem('ragged_rows', {
    file,
    line: bad[0].line,
    lines: bad
      .slice(0, LINES_SHOWN)
      .map((row) => row.line)
      .join(', '),
    expected,
    actual: bad[0].fields.length,
    count: bad.length,
    rows: data.length,
  });
}
