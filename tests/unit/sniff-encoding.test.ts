import { describe, expect, it } from 'vitest';
import { decodeSample, detectEncoding, transcodeToUtf8 } from '../../src/ingest/encoding.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];
/** Windows-1251 bytes of Russian text (А–я are 0xC0–0xFF, Ё 0xA8, ё 0xB8). */
function cp1251(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((c) => {
      const code = c.codePointAt(0)!;
      if (code < 0x80) return code;
      if (c === 'Ё') return 0xa8;
      if (c === 'ё') return 0xb8;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      throw new Error(`no windows-1251 byte for ${c}`);
    }),
  );
}

describe('detectEncoding', () => {
  it.each<[string, Uint8Array, { encoding: string; bom: boolean }]>([
    ['plain ASCII', utf8('InvoiceNo,Quantity\n536365,6\n'), { encoding: 'utf-8', bom: false }],
    ['empty', new Uint8Array(0), { encoding: 'utf-8', bom: false }],
    ['UTF-8 Cyrillic', utf8('Клиент;Сумма\nИванов;1 234,56\n'), { encoding: 'utf-8', bom: false }],
    ['UTF-8 with a BOM', new Uint8Array([...BOM, ...utf8('Дата;Сумма\n')]), { encoding: 'utf-8', bom: true }],
    ['a BOM and nothing else', new Uint8Array(BOM), { encoding: 'utf-8', bom: true }],
    ['UTF-8 € and emoji', utf8('Total\n€5 🎁\n'), { encoding: 'utf-8', bom: false }],
    ['Windows-1251 Cyrillic', cp1251('Клиент;Сумма\nИванов;1 234,56\nЁлкин;5\n'), { encoding: 'windows-1251', bom: false }],
    ['Windows-1251 lower case only', cp1251('дата;покупатель\n'), { encoding: 'windows-1251', bom: false }],
    ['Windows-1251 letter before a delimiter', cp1251('Я;'), { encoding: 'windows-1251', bom: false }],
    // Ambiguous: a lone lead byte at the very end may be a character cut off by the sample.
    ['one trailing high byte', cp1251('Я'), { encoding: 'utf-8', bom: false }],
  ])('%s', (_, bytes, expected) => {
    expect(detectEncoding(bytes)).toEqual(expected);
  });

  it('counts a sample cut in the middle of a multi-byte character as UTF-8', () => {
    const whole = utf8('Клиент;Сумма\nЖ');
    for (const cut of [1]) expect(detectEncoding(whole.slice(0, whole.length - cut)).encoding).toBe('utf-8');
    const fourByte = utf8('a🎁');
    for (const end of [2, 3, 4]) expect(detectEncoding(fourByte.slice(0, end)).encoding).toBe('utf-8');
    // Only the cut-off tail is forgiven: the same broken lead byte before the end is invalid.
    expect(detectEncoding(new Uint8Array([0xd0, 0x41, 0x42])).encoding).toBe('windows-1251');
  });

  it('keeps UTF-8 when a few broken bytes sit among many valid characters', () => {
    const text = utf8('Покупатель;Сумма\n'.repeat(5));
    const broken = new Uint8Array([...text, 0xff, ...text]);
    expect(detectEncoding(broken).encoding).toBe('utf-8');
  });

  it('does not take overlong forms or surrogates for UTF-8', () => {
    // "АЁ" and "эёё" in Windows-1251 look like an overlong sequence (C0 A8) and a surrogate (ED B8 B8).
    expect(detectEncoding(cp1251('АЁ')).encoding).toBe('windows-1251');
    expect(detectEncoding(cp1251('эёё')).encoding).toBe('windows-1251');
  });

  it('falls back to UTF-8 for invalid bytes that are not Cyrillic letters in 1251', () => {
    expect(detectEncoding(new Uint8Array([0x61, 0x80, 0x81, 0x82, 0x62])).encoding).toBe('utf-8');
  });
});

describe('decodeSample', () => {
  it.each<[string, Uint8Array, 'utf-8' | 'windows-1251', string]>([
    ['UTF-8', utf8('Сумма'), 'utf-8', 'Сумма'],
    ['UTF-8 without its BOM', new Uint8Array([...BOM, ...utf8('Дата')]), 'utf-8', 'Дата'],
    ['UTF-8 cut mid-character', utf8('ab€').slice(0, 4), 'utf-8', 'ab'],
    ['Windows-1251', cp1251('Ёлка;Сумма'), 'windows-1251', 'Ёлка;Сумма'],
    ['Windows-1251 № and €', new Uint8Array([0xb9, 0x88]), 'windows-1251', '№€'],
  ])('%s', (_, bytes, encoding, expected) => {
    expect(decodeSample(bytes, encoding)).toBe(expected);
  });
});

describe('transcodeToUtf8', () => {
  const chunk = 8 * 1024 * 1024;

  it('converts Windows-1251 to UTF-8 across slice boundaries and reports progress up to 1', async () => {
    const line = cp1251('Покупатель;Сумма\n'); // 17 bytes: lines straddle the 8 MB slices
    const repeats = Math.ceil((chunk * 2 + 5) / line.length);
    const bytes = new Uint8Array(line.length * repeats);
    for (let i = 0; i < repeats; i++) bytes.set(line, i * line.length);
    const progress: number[] = [];
    const out = await transcodeToUtf8(new Blob([bytes]), 'windows-1251', (f) => progress.push(f));
    const expectedLine = utf8('Покупатель;Сумма\n');
    expect(out.length).toBe(expectedLine.length * repeats);
    expect(out.slice(0, expectedLine.length)).toEqual(expectedLine);
    expect(out.slice(-expectedLine.length)).toEqual(expectedLine);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('strips a UTF-8 BOM and keeps a multi-byte character split by a slice boundary', async () => {
    const head = new Uint8Array(chunk - 1 - BOM.length).fill(0x61); // "Ж" (2 bytes) straddles the first slice's end
    const bytes = new Uint8Array([...BOM, ...head, ...utf8('Ж\n')]);
    const out = await transcodeToUtf8(new Blob([bytes]), 'utf-8');
    expect(out.length).toBe(bytes.length - BOM.length);
    expect(new TextDecoder().decode(out.slice(-3))).toBe('Ж\n');
    expect(out[0]).toBe(0x61);
  });

  it('returns nothing for an empty file and replaces broken bytes with U+FFFD', async () => {
    expect((await transcodeToUtf8(new Blob([]), 'utf-8')).length).toBe(0);
    const out = await transcodeToUtf8(new Blob([new Uint8Array([0x61, 0xff, 0x62])]), 'utf-8');
    expect(new TextDecoder().decode(out)).toBe('a\uFFFDb');
  });
});

describe('detectEncoding: UTF-16 and KOI8-R', () => {
  /** KOI8-R bytes (RFC 1489): lower-case letters 0xC0–0xDF, capitals 0xE0–0xFF, in this order. */
  const letters = 'юабцдефгхийклмнопярстужвьызшэщчъ';
  const koi8 = (text: string) =>
    new Uint8Array(
      [...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : letters.includes(c) ? 0xc0 + letters.indexOf(c) : 0xe0 + letters.indexOf(c.toLowerCase()))),
    );

  it('reads a UTF-16 BOM in either byte order', () => {
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({ encoding: 'utf-16le', bom: true });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toEqual({ encoding: 'utf-16be', bom: true });
  });

  it('tells KOI8-R from Windows-1251 by where the lower-case letters fall', () => {
    const text = 'Покупатель;Сумма\nИванова;120\nпродажа чая\n';
    expect(detectEncoding(koi8(text)).encoding).toBe('koi8-r');
    expect(decodeSample(koi8(text), 'koi8-r')).toBe(text);
    expect(detectEncoding(cp1251(text)).encoding).toBe('windows-1251');
  });
});
