import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The sample store behind "Try with sample data" (sample-data/README.md). Everything below is computed from
// the CSV rows themselves, the way an analyst would, not read from the generator's internals.

const CSV_FILE = fileURLToPath(new URL('../../sample-data/tea-shop.csv', import.meta.url));
const GENERATOR = pathToFileURL(fileURLToPath(new URL('../../sample-data/generate.mjs', import.meta.url))).href;
const HEADER = 'Номер чека;Дата;Клиент;Товар;Бренд;Кол-во;Цена;Сумма;Статус';
const PRICE_RISE_BRAND = 'Royal Leaf'; // documented in the README: +28 % on 01.08.2024

interface Row {
  receipt: string;
  day: string; // YYYY-MM-DD
  month: string; // YYYY-MM
  customer: string;
  product: string;
  brand: string;
  qty: number;
  priceKop: number;
  sumKop: number;
  status: string;
  raw: string;
}

const AMOUNT = /^-?(\d{1,3}( \d{3})+|\d+),\d{2}$/;
const DATE = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})$/;

function kopecks(text: string): number {
  if (!AMOUNT.test(text)) throw new Error(`not an amount: "${text}"`);
  const neg = text.startsWith('-');
  const [rub, kop] = text.replace('-', '').replace(/ /g, '').split(',');
  const v = Number(rub) * 100 + Number(kop);
  return neg ? -v : v;
}

function parse(text: string): { header: string; rows: Row[] } {
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines.pop()).toBe(''); // ends with a line break
  const header = lines.shift() ?? '';
  const rows = lines.map((raw) => {
    const f = raw.split(';');
    if (f.length !== 9) throw new Error(`expected 9 fields: ${raw}`);
    const m = DATE.exec(f[1]);
    if (!m) throw new Error(`not a DD.MM.YYYY HH:MM date: ${raw}`);
    return {
      receipt: f[0],
      day: `${m[3]}-${m[2]}-${m[1]}`,
      month: `${m[3]}-${m[2]}`,
      customer: f[2],
      product: f[3],
      brand: f[4],
      qty: Number(f[5]),
      priceKop: kopecks(f[6]),
      sumKop: kopecks(f[7]),
      status: f[8],
      raw,
    };
  });
  return { header, rows };
}

function median(xs: number[]): number {
  const a = [...xs].sort((x, y) => x - y);
  const n = a.length;
  return n % 2 ? a[(n - 1) / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
}

const fileBytes = readFileSync(CSV_FILE);
const text = fileBytes.toString('utf8');
const { header, rows } = parse(text);
const sales = rows.filter((r) => r.status === 'Продажа');
const returns = rows.filter((r) => r.status === 'Возврат');
/** Paid sale receipts: receipt → customer and day. */
const receipts = new Map<string, { customer: string; day: string }>();
for (const r of sales) if (r.sumKop > 0) receipts.set(r.receipt, { customer: r.customer, day: r.day });

describe('sample data: tea-shop.csv', () => {
  it('is exactly what generate.mjs produces', async () => {
    const { generate } = (await import(/* @vite-ignore */ GENERATOR)) as { generate: () => string };
    const again = generate();
    expect(Buffer.from(again, 'utf8').equals(fileBytes)).toBe(true);
    expect(generate()).toBe(again); // and the generator is deterministic within a run too
  });

  it('is a Russian-style export: BOM, ;-separated, the documented header, at most 4 MB', () => {
    expect(fileBytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(header).toBe(HEADER);
    expect(fileBytes.length).toBeLessThanOrEqual(4_000_000);
    expect(rows.length).toBeGreaterThan(30_000);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['Продажа', 'Возврат']));
    // Thousands are written with a space in the amount column.
    expect(rows.some((r) => /^\d{1,3} \d{3},\d{2}$/.test(r.raw.split(';')[7]))).toBe(true);
  });

  it('has consistent lines: Сумма = Кол-во × Цена, quantities mostly 1–3, prices 150–3 500 ₽', () => {
    expect(rows.filter((r) => !Number.isInteger(r.qty) || r.sumKop !== r.qty * r.priceKop).map((r) => r.raw)).toEqual([]);
    const paid = sales.filter((r) => r.priceKop > 0);
    expect(paid.every((r) => r.qty >= 1 && r.priceKop >= 150_00 && r.priceKop <= 3_500_00)).toBe(true);
    expect(paid.filter((r) => r.qty <= 3).length / paid.length).toBeGreaterThan(0.97);
    const products = new Set(sales.map((r) => r.product));
    const brands = new Set(sales.map((r) => r.brand));
    expect(products.size).toBeGreaterThanOrEqual(40);
    expect(products.size).toBeLessThanOrEqual(80);
    expect(brands.size).toBeGreaterThanOrEqual(6);
    expect(brands.size).toBeLessThanOrEqual(8);
  });

  it('covers 2023-01 … 2025-12 with about 8 000 card holders, ~40 % of them one-time buyers', () => {
    const days = rows.map((r) => r.day).sort();
    expect(days[0] >= '2023-01-01' && days[0] <= '2023-01-10').toBe(true);
    expect(days[days.length - 1] >= '2025-12-25' && days[days.length - 1] <= '2025-12-31').toBe(true);

    const customers = new Set(rows.filter((r) => r.customer !== '').map((r) => r.customer));
    expect(customers.size).toBeGreaterThanOrEqual(7_600);
    expect(customers.size).toBeLessThanOrEqual(8_400);
    expect([...customers].every((c) => /^\d{7}$/.test(c))).toBe(true); // card numbers with leading zeros

    const ordersPer = new Map<string, number>();
    for (const o of receipts.values()) if (o.customer) ordersPer.set(o.customer, (ordersPer.get(o.customer) ?? 0) + 1);
    const oneTime = [...ordersPer.values()].filter((n) => n === 1).length / ordersPer.size;
    expect(oneTime).toBeGreaterThanOrEqual(0.35);
    expect(oneTime).toBeLessThanOrEqual(0.45);
  });

  it('grows, and peaks in December', () => {
    const perMonth = new Map<string, number>();
    for (const o of receipts.values()) perMonth.set(o.day.slice(0, 7), (perMonth.get(o.day.slice(0, 7)) ?? 0) + 1);
    const m = (k: string) => perMonth.get(k) ?? 0;
    for (const y of ['2023', '2024', '2025']) expect(m(`${y}-12`)).toBeGreaterThan(1.3 * m(`${y}-11`));
    expect(m('2025-10')).toBeGreaterThan(2 * m('2023-10'));
  });

  it('has guest sales (5–8 % of orders), returns (1–2 % of lines), free samples and duplicated lines', () => {
    const saleReceipts = new Map<string, string>();
    for (const r of sales) saleReceipts.set(r.receipt, r.customer);
    const guest = [...saleReceipts.values()].filter((c) => c === '').length / saleReceipts.size;
    expect(guest).toBeGreaterThanOrEqual(0.05);
    expect(guest).toBeLessThanOrEqual(0.08);

    expect(returns.length / sales.length).toBeGreaterThanOrEqual(0.01);
    expect(returns.length / sales.length).toBeLessThanOrEqual(0.02);
    expect(returns.every((r) => r.qty < 0 && r.sumKop < 0 && r.priceKop > 0)).toBe(true);
    expect(sales.every((r) => r.qty > 0 && r.sumKop >= 0)).toBe(true);
    // A return is a receipt of its own, later than a sale of the same product to the same customer.
    const firstSale = new Map<string, string>();
    for (const r of sales) {
      const k = `${r.customer}|${r.product}`;
      if (!firstSale.has(k) || r.day < firstSale.get(k)!) firstSale.set(k, r.day);
    }
    for (const r of returns) {
      expect(receipts.has(r.receipt)).toBe(false);
      if (r.customer) expect(firstSale.get(`${r.customer}|${r.product}`)! < r.day).toBe(true);
    }

    const zero = sales.filter((r) => r.sumKop === 0);
    expect(zero.length).toBeGreaterThanOrEqual(5);
    expect(zero.length).toBeLessThanOrEqual(60);
    const seen = new Set<string>();
    let duplicates = 0;
    for (const r of rows) {
      if (seen.has(r.raw)) duplicates++;
      seen.add(r.raw);
    }
    expect(duplicates).toBeGreaterThanOrEqual(3);
    expect(duplicates).toBeLessThanOrEqual(20);
  });

  it(`raises ${PRICE_RISE_BRAND} prices by ≥ 20 % in August 2024, and only that brand`, () => {
    const before = (m: string) => m >= '2024-02' && m <= '2024-07';
    const after = (m: string) => m >= '2024-08' && m <= '2025-01';
    const jump = new Map<string, number>();
    for (const brand of new Set(sales.map((r) => r.brand))) {
      const lines = sales.filter((r) => r.brand === brand && r.priceKop > 0);
      const pre = lines.filter((r) => before(r.month)).map((r) => r.priceKop);
      const post = lines.filter((r) => after(r.month)).map((r) => r.priceKop);
      jump.set(brand, median(post) / median(pre) - 1);
    }
    expect(jump.get(PRICE_RISE_BRAND)).toBeGreaterThanOrEqual(0.2);
    for (const [brand, j] of jump) if (brand !== PRICE_RISE_BRAND) expect(j, brand).toBeLessThan(0.1);
  });

  it(`loses many of ${PRICE_RISE_BRAND}'s regulars after the rise`, () => {
    // Regulars of a brand = bought it in ≥ 2 receipts before 01.08.2024; "recent" = bought anything in the
    // 120 days before. Share of them who never buy anything at the store again from 01.08.2024.
    const brandReceipts = new Map<string, Map<string, Set<string>>>(); // customer → brand → receipts
    for (const r of sales) {
      if (!r.customer || r.sumKop <= 0 || r.day >= '2024-08-01') continue;
      const byBrand = brandReceipts.get(r.customer) ?? new Map<string, Set<string>>();
      brandReceipts.set(r.customer, byBrand);
      const set = byBrand.get(r.brand) ?? new Set<string>();
      byBrand.set(r.brand, set);
      set.add(r.receipt);
    }
    const lastBefore = new Map<string, string>();
    const buysAfter = new Set<string>();
    for (const o of receipts.values()) {
      if (!o.customer) continue;
      if (o.day >= '2024-08-01') buysAfter.add(o.customer);
      else if (o.day > (lastBefore.get(o.customer) ?? '')) lastBefore.set(o.customer, o.day);
    }
    const goneShare = (isRegular: (byBrand: Map<string, Set<string>>) => boolean) => {
      const group = [...brandReceipts].filter(([c, byBrand]) => isRegular(byBrand) && lastBefore.get(c)! >= '2024-04-03');
      return group.filter(([c]) => !buysAfter.has(c)).length / group.length;
    };
    const regular = (b: Map<string, Set<string>>, brand: string) => (b.get(brand)?.size ?? 0) >= 2;
    const rl = goneShare((b) => regular(b, PRICE_RISE_BRAND));
    const others = goneShare((b) => !regular(b, PRICE_RISE_BRAND) && [...b.keys()].some((brand) => regular(b, brand)));
    expect(rl).toBeGreaterThan(1.5 * others);
  });
});
