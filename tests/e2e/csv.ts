/**
 * Plain CSV reading/writing and a Windows-1251 encoder for the specs, independent of the app's own
 * parsers (so the expectations computed from them do not share the app's bugs).
 */
import { readFileSync } from 'node:fs';

/** RFC 4180 rows: quoted fields may hold the delimiter, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

export function readCsv(file: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  return { header, rows };
}

/** One CSV line; fields holding the delimiter, a quote or a line break are quoted. */
export function csvLine(fields: string[], delimiter: string): string {
  return fields
    .map((f) => (f.includes(delimiter) || /["\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f))
    .join(delimiter);
}

let table1251: Map<string, number> | null = null;

/** Encodes text as Windows-1251 (the reverse of the platform's decoder); unmappable characters throw. */
export function encode1251(text: string): Buffer {
  if (!table1251) {
    table1251 = new Map();
    const decoder = new TextDecoder('windows-1251');
    for (let b = 0x80; b <= 0xff; b++) table1251.set(decoder.decode(Uint8Array.of(b)), b);
  }
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = c.charCodeAt(0);
    const byte = code < 0x80 ? code : table1251.get(c);
    if (byte === undefined) throw new Error(`“${c}” (U+${code.toString(16)}) has no Windows-1251 byte`);
    out[i] = byte;
  }
  return out;
}

/** `1234.5` → `1 234,50`-style text: decimal comma, no-break-space thousands, the source's decimals kept. */
export function decimalComma(value: string): string {
  const negative = value.startsWith('-');
  const [int, frac] = (negative ? value.slice(1) : value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return (negative ? '-' : '') + grouped + (frac !== undefined ? `,${frac}` : '');
}

/** `2010-12-01 09:09:00` → `01.12.2010 09:09`. */
export function russianDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):00$/.exec(iso);
  if (!m) throw new Error(`unexpected date ${iso}`);
  return `${m[3]}.${m[2]}.${m[1]} ${m[4]}:${m[5]}`;
}
