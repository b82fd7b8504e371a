/**
 * The same exports in the containers users send them in: Excel's "Save as → Unicode Text" (UTF-16 LE with a
 * BOM, tab-separated), a KOI8-R text, and a CSV inside a ZIP (as some systems e-mail exports; zipped with
 * fflate here, unpacked by the app).
 */
import { zipSync } from 'fflate';
import { oneCReportCsv } from './one-c.ts';
import { encodeSingleByte, encodeUtf16 } from './random.ts';
import { wooOrdersCsv } from './woocommerce.ts';

/** The 1C report as Excel writes it as Unicode text: the `;` become tabs (no field needs quoting here). */
export function oneCUnicodeText(endian: 'le' | 'be' = 'le') {
  const { text, truth } = oneCReportCsv(11);
  const tabbed = text
    .split('\r\n')
    .map((line) => line.replace(/"([^"]|"")*"/g, (q) => q.slice(1, -1).replaceAll('""', '"').replaceAll(';', '\u0000')).replaceAll(';', '\t').replaceAll('\u0000', ';'))
    .join('\r\n');
  return { name: 'Продажи по чекам.txt', bytes: encodeUtf16(tabbed, endian), truth };
}

export function oneCKoi8() {
  const { text, truth } = oneCReportCsv(11);
  // KOI8-R has no « »: the product names lose their quotes
  return { name: 'prodazhi.csv', bytes: encodeSingleByte(text.replace(/[«»]/g, ''), 'koi8-r'), truth };
}

export function wooZip() {
  const { name, bytes, truth } = wooOrdersCsv();
  return { name: 'orders-export.zip', bytes: zipSync({ [`export/${name}`]: bytes }), truth };
}
