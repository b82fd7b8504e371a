/** A seeded random source for the export generators (mulberry32): the same seed gives the same file. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
  };
}

/** Single-byte Cyrillic code pages the exports come in (TextEncoder writes UTF-8 only). */
const KOI8_LETTERS = 'юабцдефгхийклмнопярстужвьызшэщчъ';
export function encodeSingleByte(text: string, encoding: 'windows-1251' | 'koi8-r'): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let b: number | undefined;
    if (c < 0x80) b = c;
    else if (c === 0xa0) b = encoding === 'koi8-r' ? 0x9a : 0xa0;
    else if (encoding === 'windows-1251') {
      if (c >= 0x410 && c <= 0x44f) b = c - 0x410 + 0xc0;
      else b = ({ 0x401: 0xa8, 0x451: 0xb8, 0xab: 0xab, 0xbb: 0xbb, 0x2116: 0xb9 } as Record<number, number>)[c];
    } else {
      const ch = String.fromCharCode(c);
      const lower = KOI8_LETTERS.indexOf(ch);
      const upper = KOI8_LETTERS.indexOf(ch.toLowerCase());
      if (lower >= 0) b = 0xc0 + lower;
      else if (upper >= 0) b = 0xe0 + upper;
      else b = ({ 0x451: 0xa3, 0x401: 0xb3 } as Record<number, number>)[c];
    }
    if (b === undefined) throw new Error(`cannot encode U+${c.toString(16)} in ${encoding}`);
    out[i] = b;
  }
  return out;
}

/** UTF-16 with its BOM, as Excel's "Unicode Text" writes it. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return out;
}

/** Cents as the exports write money: `1 234,50` (NBSP-grouped, decimal comma) or `1234.50`. */
export function money(cents: number, style: 'ru' | 'en'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  if (style === 'en') return `${sign}${whole}.${frac}`;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${frac}`;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
/** DD.MM.YYYY HH:MM:SS */
export const ruDateTime = (d: Date) =>
  `${pad2(d.getUTCDate())}.${pad2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
/** YYYY-MM-DD HH:MM:SS */
export const isoDateTime = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');

/** Ground truth of a generated export, by the definitions of DESIGN §2 and §3c (never by running Ottok). */
export interface Truth {
  customers: number;
  orders: number;
  /** Revenue in cents. */
  revenueCents: number;
  /** Data rows (lines that are neither the header nor skipped). */
  rowsRead: number;
  skippedLines: number;
  guestRows: number;
  returnRows: number;
}

/** A purchase line of the truth: who, which order, how much (cents); guests and returns are counted apart. */
export interface TruthLine {
  customer: string | null;
  order: string;
  cents: number;
  isReturn: boolean;
}

export function truthOf(lines: TruthLine[], skippedLines: number): Truth {
  const kept = lines.filter((l) => l.customer !== null && !l.isReturn && l.cents > 0);
  return {
    customers: new Set(kept.map((l) => l.customer)).size,
    orders: new Set(kept.map((l) => l.order)).size,
    revenueCents: kept.reduce((sum, l) => sum + l.cents, 0),
    rowsRead: lines.length,
    skippedLines,
    guestRows: lines.filter((l) => l.customer === null).length,
    // rule order: a guest line is a guest before it is a return (lines.sql)
    returnRows: lines.filter((l) => l.customer !== null && l.isReturn).length,
  };
}
