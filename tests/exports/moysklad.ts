/**
 * A МойСклад «Розничные продажи» list exported to Excel: one row per receipt, the header on row 1, the
 * anonymous buyer written as «Розничный покупатель» (a guest sale, not one customer), and two rows
 * exported twice (exact duplicates: counted, kept unless the switch drops them — DESIGN §2).
 * Columns as МойСклад's retail-sales list names them: Время, Номер, Точка продаж, Смена, Контрагент,
 * Организация, Сумма, Наличные, Безналичные, Комментарий.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { pad2, seeded, truthOf, type Truth, type TruthLine } from './random.ts';

export const MOYSKLAD_HEADER = ['Время', 'Номер', 'Точка продаж', 'Смена', 'Контрагент', 'Организация', 'Сумма', 'Наличные', 'Безналичные', 'Комментарий'];

export async function moySkladRetailXlsx(seed = 3): Promise<{ name: string; bytes: Uint8Array; truth: Truth & { duplicates: number } }> {
  const r = seeded(seed);
  const people = Array.from({ length: 25 }, (_, i) => `Покупатель ${String(i + 1).padStart(3, '0')} (${['Иванова', 'Смирнов', 'Кузнецова', 'Попов'][i % 4]})`);
  const data: SheetData = [MOYSKLAD_HEADER];
  const truth: TruthLine[] = [];
  let t = Date.UTC(2023, 3, 3, 10, 0);
  for (let n = 1; n <= 120; n++) {
    t += r.int(15, 600) * 60_000;
    const d = new Date(t);
    const time = `${pad2(d.getUTCDate())}.${pad2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
    const buyer = r.chance(0.2) ? 'Розничный покупатель' : r.pick(people);
    const cents = r.int(150, 9000) * 10;
    const cash = r.chance(0.4);
    const row = [time, String(n).padStart(5, '0'), 'Магазин на Садовой', `Смена ${Math.ceil(n / 20)}`, buyer, 'ИП Соколов', cents / 100, cash ? cents / 100 : 0, cash ? 0 : cents / 100, r.chance(0.05) ? 'Подарочная упаковка' : null];
    const copies = n === 17 || n === 64 ? 2 : 1; // exported twice
    for (let c = 0; c < copies; c++) {
      data.push(row);
      truth.push({ customer: buyer === 'Розничный покупатель' ? null : buyer, order: String(n).padStart(5, '0'), cents, isReturn: false });
    }
  }
  const buffer = await writeXlsxFile([{ sheet: 'Розничные продажи', data }]).toBuffer();
  return { name: 'retaildemand.xlsx', bytes: new Uint8Array(buffer), truth: { ...truthOf(truth, 0), duplicates: 2 } };
}
