/**
 * The CSV that XLSX and Parquet files are converted into, so that they load through the same CSV path:
 * UTF-8, comma-delimited, RFC 4180 quoting, `\n` line ends, a header row.
 */

/** Reports conversion progress: data rows (not counting the header) written so far, out of how many. */
export type OnProgress = (rowsDone: number, rowsTotal: number) => void;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One field, quoted when it holds a quote, comma or line break (RFC 4180), or leading/trailing
 * whitespace (so no reader trims it). A leading `=` stays as is: this is data, not a spreadsheet export.
 */
export function toCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Accumulates rows as UTF-8 chunks of about `chunkChars` characters; `finish()` joins them. */
export class CsvBuilder {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(private readonly chunkChars = 1 << 20) {}

  addRow(fields: readonly string[]): void {
    const line = fields.map(toCsvField).join(',') + '\n';
    this.pending.push(line);
    this.pendingChars += line.length;
    if (this.pendingChars >= this.chunkChars) this.flush();
  }

  finish(): Uint8Array {
    this.flush();
    if (this.chunks.length === 1) return this.chunks[0];
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    this.chunks.length = 0;
    return out;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(this.encoder.encode(this.pending.join('')));
    this.pending = [];
    this.pendingChars = 0;
  }
}

/**
 * A number in plain decimal notation: `.` as the decimal point, no exponent, integers without `.0`
 * (`1e21` → `1000000000000000000000`, `1.5e-7` → `0.00000015`). Non-finite values → empty.
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const sign = s.startsWith('-') ? '-' : '';
  const mantissa = s.slice(sign.length, e);
  const exponent = Number(s.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const pointAt = (point < 0 ? mantissa.length : point) + exponent;
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return sign + digits + '0'.repeat(pointAt - digits.length);
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/** Exact decimal string of `unscaled × 10^-scale` (Parquet DECIMAL), e.g. (-12345n, 2) → `-123.45`. */
export function decimalString(unscaled: bigint, scale: number): string {
  const sign = unscaled < 0n ? '-' : '';
  const digits = (unscaled < 0n ? -unscaled : unscaled).toString();
  if (scale <= 0) return sign + digits + '0'.repeat(-scale);
  const padded = digits.padStart(scale + 1, '0');
  return `${sign}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:MM:SS` in UTC from epoch milliseconds (sub-second part dropped; the caller rounds). */
export function isoDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) return '';
  return `${isoDate(d)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** `YYYY-MM-DD` of a Date in UTC (4-digit years; outside 0000–9999 falls back to the ISO form). */
export function isoDate(d: Date): string {
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) return d.toISOString().slice(0, -14);
  return `${String(y).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}
