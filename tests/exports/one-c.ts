/**
 * A 1C:Розница «Продажи по чекам» report as users save it: the spreadsheet document's title, period and
 * filter above the table, the header on line 5, one line per receipt item, the receipt's date and discount
 * card on its first line only, returns as receipts «на возврат» with negative quantities, and an «Итого» row.
 * CSV (Windows-1251, `;`, decimal comma, NBSP thousands) or XLSX (merged title cells, numbers as numbers).
 * Layout of 1C's report table: columns as 1C:Розница names them (Чек ККМ, Дисконтная карта, Номенклатура,
 * Количество, Цена, Сумма, Скидка); see https://infostart.ru/1c/reports/563536/ for the receipt statistics
 * such reports are built from.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { encodeSingleByte, money, ruDateTime, seeded, truthOf, type Truth, type TruthLine } from './random.ts';

export const ONE_C_HEADER = ['Чек ККМ', 'Дата', 'Дисконтная карта', 'Номенклатура', 'Характеристика', 'Количество', 'Цена', 'Сумма', 'Скидка', 'Кассир'];
const GOODS = ['Чай чёрный «Цейлон» 100 г', 'Кофе молотый 250 г', 'Печенье овсяное', 'Шоколад горький 70%', 'Мёд липовый 500 г', 'Варенье вишнёвое'];
const CASHIERS = ['Иванова А. П.', 'Петров С. В.'];

interface Item {
  receipt: string;
  date: string;
  card: string | null;
  product: string;
  qty: number;
  priceCents: number;
  discountCents: number;
  first: boolean;
}

function receipts(seed: number) {
  const r = seeded(seed);
  const cards = Array.from({ length: 30 }, (_, i) => `20000000${String(10000 + i * 37).padStart(5, '0')}`);
  const items: Item[] = [];
  const truth: TruthLine[] = [];
  let t = Date.UTC(2023, 0, 2, 9, 0, 0);
  for (let n = 1; n <= 90; n++) {
    t += r.int(20, 60 * 20) * 60_000 + r.int(0, 59) * 1000;
    const isReturn = n % 23 === 0;
    const number = `ХВ00-${String(n).padStart(6, '0')}`;
    const when = ruDateTime(new Date(t));
    const receipt = `Чек ККМ${isReturn ? ' на возврат' : ''} ${number} от ${when}`;
    const card = r.chance(0.15) ? null : r.pick(cards);
    const lines = r.int(1, 4);
    for (let k = 0; k < lines; k++) {
      const qty = (isReturn ? -1 : 1) * r.int(1, 3);
      const priceCents = r.int(50, 2500) * 10;
      const discountCents = r.chance(0.2) ? Math.round(qty * priceCents * 0.05) : 0;
      items.push({ receipt, date: when, card, product: r.pick(GOODS), qty, priceCents, discountCents, first: k === 0 });
      truth.push({ customer: card, order: receipt, cents: qty * priceCents - discountCents, isReturn });
    }
  }
  return { items, truth };
}

const TITLE = 'Продажи по чекам';
const PERIOD = 'Период: 02.01.2023 - 31.03.2023';
const FILTER = 'Отбор: Магазин Равно "Центральный" И Касса ККМ Равно "Касса 1"';

/** The report as CSV text (before encoding); 4 lines above the header, «Итого» as the last line. */
export function oneCReportCsv(seed = 11): { text: string; truth: Truth } {
  const { items, truth } = receipts(seed);
  const quote = (s: string) => (/[;"]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const pad = (cells: string[]) => [...cells, ...Array(ONE_C_HEADER.length - cells.length).fill('')].map(quote).join(';');
  const qty = (n: number) => `${n},000`;
  const lines = [
    pad([TITLE]),
    PERIOD, // Excel pads every line to the table's width; an edited file may not: both must read
    pad([FILTER]),
    pad([]),
    pad(ONE_C_HEADER),
    ...items.map((it) =>
      pad([
        it.receipt,
        it.first ? it.date : '',
        it.first ? (it.card ?? '') : '',
        it.product,
        '',
        qty(it.qty),
        money(it.priceCents, 'ru'),
        money(it.qty * it.priceCents - it.discountCents, 'ru'),
        money(it.discountCents, 'ru'),
        CASHIERS[it.receipt.length % 2],
      ]),
    ),
    pad([
      'Итого',
      '',
      '',
      '',
      '',
      qty(items.reduce((s, it) => s + it.qty, 0)),
      '',
      money(items.reduce((s, it) => s + it.qty * it.priceCents - it.discountCents, 0), 'ru'),
      money(items.reduce((s, it) => s + it.discountCents, 0), 'ru'),
    ]),
  ];
  return { text: lines.join('\r\n') + '\r\n', truth: truthOf(truth, 5) };
}

export function oneCReportCsvFile(seed = 11): { name: string; bytes: Uint8Array; truth: Truth } {
  const { text, truth } = oneCReportCsv(seed);
  return { name: 'Продажи по чекам.csv', bytes: encodeSingleByte(text, 'windows-1251'), truth };
}

/** The same report saved as XLSX: the title merged over the table's width, amounts as numbers, an empty row 4. */
export async function oneCReportXlsx(seed = 11): Promise<{ name: string; bytes: Uint8Array; truth: Truth }> {
  const { items, truth } = receipts(seed);
  const width = ONE_C_HEADER.length;
  const blank = () => Array<null>(width).fill(null);
  const row = (first: string | number | null) => [first, ...Array<null>(width - 1).fill(null)];
  const data: SheetData = [
    [{ value: TITLE, columnSpan: width, fontWeight: 'bold' }, ...Array<null>(width - 1).fill(null)],
    row(PERIOD),
    row(FILTER),
    blank(),
    ONE_C_HEADER.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...items.map((it) => [
      it.receipt,
      it.first ? it.date : null,
      it.first ? it.card : null,
      it.product,
      null,
      it.qty,
      it.priceCents / 100,
      (it.qty * it.priceCents - it.discountCents) / 100,
      it.discountCents / 100,
      CASHIERS[it.receipt.length % 2],
    ]),
    [
      'Итого', null, null, null, null,
      items.reduce((s, it) => s + it.qty, 0),
      null,
      items.reduce((s, it) => s + it.qty * it.priceCents - it.discountCents, 0) / 100,
      items.reduce((s, it) => s + it.discountCents, 0) / 100,
      null,
    ],
  ];
  const buffer = await writeXlsxFile([{ sheet: 'TDSheet', data }]).toBuffer();
  return { name: 'Продажи по чекам.xlsx', bytes: new Uint8Array(buffer), truth: truthOf(truth, 5) };
}
