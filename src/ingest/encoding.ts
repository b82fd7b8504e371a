/** Text encoding of a dropped file — UTF-8 (with or without a BOM), UTF-16 with a BOM, Windows-1251 or KOI8-R — and transcoding to UTF-8. */
import type { Encoding } from './types.ts';

const BOM = [0xef, 0xbb, 0xbf];
const BOM_16LE = [0xff, 0xfe];
const BOM_16BE = [0xfe, 0xff];

/** The UTF-16 byte order a BOM says, or null. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (BOM_16LE.every((b, i) => bytes[i] === b)) return 'utf-16le';
  if (BOM_16BE.every((b, i) => bytes[i] === b)) return 'utf-16be';
  return null;
}

/** Slice size for `transcodeToUtf8`: big enough to be fast, small enough never to hold much at once. */
export const TRANSCODE_CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Decides from a sample (the file's first bytes; it may end in the middle of a character).
 * Valid UTF-8 wins, and so does UTF-8 with a few broken bytes among many valid multi-byte characters;
 * invalid UTF-8 whose high bytes are mostly Cyrillic letters is Windows-1251 or KOI8-R — Russian text is
 * mostly lower case, which is 0xE0–0xFF in Windows-1251 and 0xC0–0xDF in KOI8-R; a UTF-16 BOM says UTF-16;
 * anything else is read as UTF-8 (broken bytes become U+FFFD).
 */
export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bom: boolean } {
  if (BOM.every((b, i) => bytes[i] === b)) return { encoding: 'utf-8', bom: true };
  const utf16 = utf16Bom(bytes);
  if (utf16) return { encoding: utf16, bom: true };
  const { valid, invalid } = scanUtf8(bytes);
  if (invalid === 0 || invalid * 20 < valid) return { encoding: 'utf-8', bom: false };
  let high = 0;
  let cyrillic = 0;
  let koi8 = 0; // bytes that are lower-case letters (or ё, Ё) in KOI8-R and upper case in Windows-1251
  let cp1251 = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    // А–я are 0xC0–0xFF in both; Ё, ё are 0xA8, 0xB8 in Windows-1251 and 0xB3, 0xA3 in KOI8-R.
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8 || b === 0xa3 || b === 0xb3) cyrillic++;
    if ((b >= 0xc0 && b < 0xe0) || b === 0xa3 || b === 0xb3) koi8++;
    else if (b >= 0xe0 || b === 0xa8 || b === 0xb8) cp1251++;
  }
  if (cyrillic * 2 <= high) return { encoding: 'utf-8', bom: false };
  // KOI8-R only on clear evidence: a short or all-capitals Windows-1251 sample stays Windows-1251.
  return { encoding: cyrillic >= 8 && koi8 > 2 * cp1251 ? 'koi8-r' : 'windows-1251', bom: false };
}

/**
 * Counts complete valid multi-byte UTF-8 sequences and invalid bytes (overlong forms, surrogates and
 * code points above U+10FFFF are invalid). A sequence cut off by the end of the sample is not counted.
 */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) {
      invalid++;
      i++;
      continue;
    }
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    while (k < length && i + k < bytes.length) {
      const c = bytes[i + k];
      if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) break;
      k++;
    }
    if (k === length) valid++;
    else if (i + k < bytes.length) invalid++; // broken before the end of the sample, not merely cut off
    i += k;
  }
  return { valid, invalid };
}

/** Text of a sample; a BOM is dropped and a character cut off at the end is left out, not shown as U+FFFD. */
export function decodeSample(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding).decode(bytes, { stream: true });
}

/**
 * The whole file as UTF-8 bytes without a BOM, read in slices so that the decoded text is never held in
 * one string. Invalid bytes become U+FFFD. `onProgress` gets the fraction of the file read so far.
 */
export async function transcodeToUtf8(
  file: Blob,
  encoding: Encoding,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const part of transcodeChunks(file, encoding, onProgress)) {
    parts.push(part);
    total += part.length;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * The same as `transcodeToUtf8`, slice by slice: collecting the slices into `new Blob(parts)` keeps a
 * huge file out of one contiguous buffer.
 */
export async function* transcodeChunks(
  file: Blob,
  encoding: Encoding,
  onProgress?: (fraction: number) => void,
): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder(encoding); // strips a UTF-8 BOM (ignoreBOM is false)
  const encoder = new TextEncoder();
  for (let start = 0; start < file.size; start += TRANSCODE_CHUNK_BYTES) {
    const end = Math.min(start + TRANSCODE_CHUNK_BYTES, file.size);
    const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer());
    const text = decoder.decode(bytes, { stream: true });
    if (text.length > 0) yield encoder.encode(text);
    onProgress?.(end / file.size);
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield encoder.encode(rest);
  onProgress?.(1);
}
