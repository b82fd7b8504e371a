import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/ingest/delimiter.ts';
import { guessMapping, missingRequired } from '../../src/ingest/mapping.ts';
import { parsePreview } from '../../src/ingest/preview.ts';
import { ROLES, type Mapping } from '../../src/ingest/types.ts';

/** The first ~200 lines of a fixture, read the way the app reads a dropped file's sample. */
function fixtureHead(name: string) {
  const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8').split('\n').slice(0, 201).join('\n');
  return parsePreview(text, detectDelimiter(text));
}

function fromText(text: string) {
  return parsePreview(text, detectDelimiter(text), 200, true);
}

const mapping = (partial: Partial<Mapping>): Mapping => ({
  ...(Object.fromEntries(ROLES.map((r) => [r, null])) as Mapping),
  ...partial,
});

describe('guessMapping on real files', () => {
  it('maps Online Retail; amount is left to quantity × unit price', () => {
    const { header, rows } = fixtureHead('fixture_online_retail_cust_mod20.csv');
    expect(rows.length).toBe(199); // the sample's last line has no line break, so it counts as cut off
    const guess = guessMapping(header, rows);
    expect(guess.mapping).toEqual(
      mapping({
        order_id: 'InvoiceNo',
        product: 'StockCode',
        quantity: 'Quantity',
        order_ts: 'InvoiceDate',
        unit_price: 'UnitPrice',
        customer_id: 'CustomerID',
      }),
    );
    expect(missingRequired(guess.mapping)).toEqual([]);
    expect(guess.confidence.customer_id).toBe(1);
    expect(guess.confidence.amount).toBe(0);
  });

  it('maps CDNOW: customer_id (not master_id), date, cds, sales; no order id', () => {
    const { header, rows } = fixtureHead('cdnow_sample_elog.csv');
    const guess = guessMapping(header, rows);
    expect(guess.mapping).toEqual(
      mapping({ customer_id: 'customer_id', order_ts: 'date', quantity: 'cds', amount: 'sales' }),
    );
    expect(missingRequired(guess.mapping)).toEqual([]);
  });
});

describe('guessMapping on typical exports', () => {
  it('maps a Russian 1C-style receipt export', () => {
    const { header, rows } = fromText(
      'Дата;Номер чека;Покупатель;Номенклатура;Количество;Цена;Сумма\n' +
        '01.02.2021 10:15:00;000123;Иванов И.И.;Чай зелёный 100 г;2;150,00;300,00\n' +
        '01.02.2021 10:15:00;000123;Иванов И.И.;Сахар 1 кг;1;89,90;89,90\n' +
        '13.02.2021 18:40:12;000124;Петрова А.С.;Кофе молотый;1;459,00;413,10\n',
    );
    expect(guessMapping(header, rows).mapping).toEqual(
      mapping({
        order_ts: 'Дата',
        order_id: 'Номер чека',
        customer_id: 'Покупатель',
        product: 'Номенклатура',
        quantity: 'Количество',
        unit_price: 'Цена',
        amount: 'Сумма',
      }),
    );
  });

  it('maps a Shopify-like export and leaves its per-order Total unmapped', () => {
    const { header, rows } = fromText(
      'Name,Email,Created at,Total,Lineitem name,Lineitem quantity,Lineitem price,Financial Status\n' +
        '#1001,ann@example.com,2023-01-15 10:23:45 -0500,59.97,Green tea,1,19.99,paid\n' +
        '#1001,ann@example.com,2023-01-15 10:23:45 -0500,59.97,Black tea,2,19.99,paid\n' +
        '#1002,bob@example.com,2023-01-16 08:01:02 -0500,12.00,Honey,1,12.00,paid\n' +
        '#1003,ann@example.com,2023-02-01 19:45:00 -0500,45.00,Mug,1,30.00,refunded\n' +
        '#1003,ann@example.com,2023-02-01 19:45:00 -0500,45.00,Spoon,3,5.00,refunded\n',
    );
    const guess = guessMapping(header, rows);
    expect(guess.mapping).toEqual(
      mapping({
        order_id: 'Name',
        customer_id: 'Email',
        order_ts: 'Created at',
        product: 'Lineitem name',
        quantity: 'Lineitem quantity',
        unit_price: 'Lineitem price',
        status: 'Financial Status',
      }),
    );
    expect(missingRequired(guess.mapping)).toEqual([]);
  });

  it('keeps a Total that is a line amount (it differs between the lines of an order)', () => {
    const { header, rows } = fromText(
      'Order ID,Customer,Date,Qty,Price,Total\n1,a,2021-01-01,1,10,10\n1,a,2021-01-01,2,5,9\n2,b,2021-01-02,1,3,3\n',
    );
    expect(guessMapping(header, rows).mapping.amount).toBe('Total');
  });

  it.each<[string, Partial<Mapping>]>([
    ['customer_id,order_date,amount\n1,2021-01-01,5\n', { customer_id: 'customer_id', order_ts: 'order_date', amount: 'amount' }],
    ['E-mail;Дата заказа;Сумма продажи\na@b.c;01.02.2021;5\n', { customer_id: 'E-mail', order_ts: 'Дата заказа', amount: 'Сумма продажи' }],
    ['Телефон;Дата продажи;Выручка\n+79120000000;01.02.2021;5\n', { customer_id: 'Телефон', order_ts: 'Дата продажи', amount: 'Выручка' }],
    ['Номер карты;Период;Итого\n0001;01.02.2021;5\n', { customer_id: 'Номер карты', order_ts: 'Период', amount: 'Итого' }],
    ['ID клиента;Дата;Стоимость\n1;01.02.2021;5\n', { customer_id: 'ID клиента', order_ts: 'Дата', amount: 'Стоимость' }],
    ['Контрагент;Дата;Сумма;Документ\nООО Ромашка;01.02.2021;5;Реализация 12\n', { customer_id: 'Контрагент', order_ts: 'Дата', amount: 'Сумма', order_id: 'Документ' }],
    ['Client,Order Date,Revenue,Receipt\nx,2021-02-01,5,r1\n', { customer_id: 'Client', order_ts: 'Order Date', amount: 'Revenue', order_id: 'Receipt' }],
    ['CUSTOMER ID,created_at,Sales,Invoice\n1,2021-02-01T10:00:00,5,i1\n', { customer_id: 'CUSTOMER ID', order_ts: 'created_at', amount: 'Sales', order_id: 'Invoice' }],
    ['Карта;Дата;Артикул;Наименование;Кол-во;Цена за единицу;Статус;Бренд\n7;01.02.2021;A1;Чай;1;5;оплачен;Lipton\n', {
      customer_id: 'Карта', order_ts: 'Дата', product: 'Артикул', quantity: 'Кол-во', unit_price: 'Цена за единицу', status: 'Статус', category: 'Бренд',
    }],
    ['SKU,Product,Category,Customer,Date,Amount,State\nS1,Tea,Drinks,c1,2021-02-01,5,ok\n', {
      product: 'SKU', category: 'Category', customer_id: 'Customer', order_ts: 'Date', amount: 'Amount', status: 'State',
    }],
    ['Покупатель;Заказ;Дата;Товар;Группа;Тип операции;Сумма\nИванов;15;01.02.2021;Чай;Напитки;Продажа;5\n', {
      customer_id: 'Покупатель', order_id: 'Заказ', order_ts: 'Дата', product: 'Товар', category: 'Группа', status: 'Тип операции', amount: 'Сумма',
    }],
    // An amount column named like one but holding text is not an amount; a "Date" holding text is not a date.
    ['Customer,Date,Amount\nc1,soon,lots\n', { customer_id: 'Customer' }],
    // A date column nobody named is still found from its values (as a weak guess).
    ['Customer,When,Sum\nc1,01.02.2021,5\n', { customer_id: 'Customer', order_ts: 'When', amount: 'Sum' }],
    // Discounts, taxes and birthdays are not what they seem to share a word with.
    ['Клиент;Дата рождения;Дата;Сумма скидки;Сумма\n1;01.01.1990;01.02.2021;5;100\n', { customer_id: 'Клиент', order_ts: 'Дата', amount: 'Сумма' }],
  ])('%j', (text, expected) => {
    const { header, rows } = fromText(text);
    expect(guessMapping(header, rows).mapping).toEqual(mapping(expected));
  });

  it('guesses from names alone when there are no rows', () => {
    expect(guessMapping(['InvoiceDate', 'CustomerID', 'Amount'], []).mapping).toEqual(
      mapping({ order_ts: 'InvoiceDate', customer_id: 'CustomerID', amount: 'Amount' }),
    );
  });

  it('gives a weak guess and a low confidence from values alone', () => {
    const { header, rows } = fromText('uid;x;y\n1;01.02.2021;5\n1;03.02.2021;6\n2;03.02.2021;7\n');
    const guess = guessMapping(header, rows);
    expect(guess.mapping.customer_id).toBe('uid');
    expect(guess.mapping.order_ts).toBe('x');
    expect(guess.confidence.customer_id).toBeLessThan(0.5);
    expect(missingRequired(guess.mapping)).toEqual(['amount']);
  });
});

describe('missingRequired', () => {
  it.each<[Partial<Mapping>, string[]]>([
    [{}, ['customer_id', 'order_ts', 'amount']],
    [{ customer_id: 'c', order_ts: 'd', amount: 'a' }, []],
    [{ customer_id: 'c', order_ts: 'd', quantity: 'q', unit_price: 'p' }, []],
    [{ customer_id: 'c', order_ts: 'd', quantity: 'q' }, ['amount']],
    [{ order_ts: 'd', amount: 'a' }, ['customer_id']],
  ])('%j → %j', (partial, expected) => {
    expect(missingRequired(mapping(partial))).toEqual(expected);
  });
});
