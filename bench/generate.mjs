// Deterministic (seeded) generator of UCI-Online-Retail-shaped CSV files for the benchmark.
// Same columns and text conventions as the real file: InvoiceNo (cancellations start with C), StockCode,
// Description (a few quoted, with commas), Quantity (negative on cancellations), InvoiceDate
// `YYYY-MM-DD HH:MM:SS`, UnitPrice, CustomerID written as a float (`17850.0`, empty for guests), Country.
// Values are kept short so that a row averages ~56 bytes (1 M rows ≈ 55 MB, 10 M rows ≈ 560 MB).
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['MUG', 'BAG', 'CUP', 'TIN', 'BOX', 'LAMP', 'BELL', 'CARD', 'TRAY', 'JAR', 'PEN', 'SET', 'RED', 'BLUE', 'PINK', 'TOY'];
// Real country names of the UCI file, weighted towards the short ones to keep the byte budget.
const COUNTRIES = [
  ['EIRE', 30], ['Spain', 15], ['France', 15], ['Italy', 8], ['Japan', 6], ['USA', 6], ['Malta', 4],
  ['Norway', 4], ['Poland', 4], ['Israel', 3], ['Germany', 3], ['United Kingdom', 2],
];
const COUNTRY_TOTAL = COUNTRIES.reduce((s, [, w]) => s + w, 0);

function pickCountry(r) {
  let x = r() * COUNTRY_TOTAL;
  for (const [name, w] of COUNTRIES) if ((x -= w) < 0) return name;
  return COUNTRIES[0][0];
}

const pad = (n) => (n < 10 ? `0${n}` : `${n}`);

/**
 * Writes `rows` data lines to `path` (via `path.tmp`, renamed when complete). Deterministic for a given
 * (rows, seed). Returns { rows, bytes }.
 */
export async function generateRetailCsv(path, rows, seed = 20240601) {
  const r = prng(seed ^ rows);
  const customers = Math.max(1000, Math.round(rows / 100));
  const productCount = 4000;
  const products = Array.from({ length: productCount }, (_, i) => {
    const code = `${10000 + Math.floor(r() * 89999)}${r() < 0.2 ? 'ABCDEFG'[Math.floor(r() * 7)] : ''}`;
    const w1 = WORDS[Math.floor(r() * WORDS.length)];
    const description = i % 97 === 0 ? `"${w1}, ${WORDS[i % WORDS.length]}"` : w1; // ~1 % quoted with a comma
    const price = r() < 0.003 ? '0.0' : (0.29 + Math.floor(r() * r() * 1500) / 100).toFixed(2).replace(/0$/, '').replace(/\.$/, '');
    return { code, description, price };
  });
  // The data span: two years, 08:00–19:59, time advancing with the invoice number.
  const start = Date.UTC(2010, 11, 1);
  const spanMs = 2 * 365 * 86_400_000;
  const invoices = Math.max(1, Math.round(rows / 20));

  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp, { highWaterMark: 1 << 22 });
  let bytes = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n');

  let written = 0;
  let invoice = 536365;
  let batch = '';
  let previousLine = '';
  while (written < rows) {
    invoice++;
    const cancelled = r() < 0.02;
    const day = start + Math.floor(((invoice - 536365) / invoices) * spanMs / 86_400_000) * 86_400_000;
    const d = new Date(day + (8 * 3600 + Math.floor(r() * 12 * 3600)) * 1000);
    const ts = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
    const guest = r() < 0.25;
    // Skewed customer popularity: a few customers buy very often, most rarely.
    const customer = guest ? '' : `${12346 + Math.floor(customers * r() ** 2)}.0`;
    const country = pickCountry(r);
    const lineCount = cancelled ? 1 + Math.floor(r() * 3) : 1 + Math.floor(-Math.log(1 - r()) * 19);
    const invoiceNo = cancelled ? `C${invoice}` : `${invoice}`;
    for (let i = 0; i < lineCount && written < rows; i++) {
      let line;
      if (previousLine && r() < 0.01) {
        line = previousLine; // an exact duplicate line, as the UCI file has
      } else {
        const p = products[Math.floor(productCount * r() ** 1.5)];
        const qty = (1 + Math.floor(r() * r() * 24)) * (cancelled ? -1 : 1);
        line = `${invoiceNo},${p.code},${p.description},${qty},${ts},${p.price},${customer},${country}\n`;
      }
      previousLine = line;
      batch += line;
      written++;
      if (batch.length > 1 << 20) {
        await write(batch);
        batch = '';
      }
    }
  }
  if (batch) await write(batch);
  out.end();
  await once(out, 'finish');
  await rename(tmp, path);
  return { rows: written, bytes };
}
