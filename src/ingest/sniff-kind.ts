/** What kind of file the user dropped, from its name and first bytes. */

/** `zip`: an archive holding a table (the way some systems e-mail exports), unpacked in the browser (unzip.ts). */
export type FileKind = 'csv' | 'xlsx' | 'parquet' | 'xls' | 'zip' | 'unknown-binary';

/** How many leading bytes `fileKind` wants to see (enough for the first ZIP entry names). */
export const SNIFF_BYTES = 4096;

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const PARQUET = [0x50, 0x41, 0x52, 0x31]; // PAR1
// OLE2 compound file: legacy .xls, but also a password-protected .xlsx.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fileKind(name: string, head: Uint8Array): FileKind {
  if (startsWith(head, PARQUET)) return 'parquet';
  if (startsWith(head, OLE)) return 'xls';
  if (startsWith(head, ZIP)) {
    if (/\.xls[xm]$/i.test(name) || hasXlEntry(head)) return 'xlsx';
    return /\.zip$/i.test(name) || /\.(csv|tsv|txt)/i.test(String.fromCharCode(...head.subarray(0, 512))) ? 'zip' : 'unknown-binary';
  }
  return looksLikeText(head) ? 'csv' : 'unknown-binary';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** A workbook's ZIP entries are named `xl/…`; entry names are stored in plain ASCII. */
function hasXlEntry(head: Uint8Array): boolean {
  for (let i = 0; i + 2 < head.length; i++) {
    if (head[i] === 0x78 && head[i + 1] === 0x6c && head[i + 2] === 0x2f) return true;
  }
  return false;
}

/**
 * Text in UTF-8 or a single-byte code page has no NUL bytes and few control characters; UTF-16 text
 * (Excel's "Unicode Text") is recognised by its BOM.
 */
function looksLikeText(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= head.length / 100;
}
