/**
 * Column names per role in English and Russian, compared after `normalizeName` (case, spaces, underscores
 * and punctuation ignored, ё = е). An exact name scores its weight; a name containing a keyword scores
 * KEYWORD_SCORE unless it also contains one of the role's `not` words.
 *
 * Product: a stable code (StockCode, SKU, Артикул) outranks a name or description, because descriptions
 * are edited over time and the same item would split into several products.
 */
import type { Role } from './types.ts';

export const KEYWORD_SCORE = 0.6;

export function normalizeName(name: string): string {
  return name.toLowerCase().replaceAll('ё', 'е').replace(/[^\p{L}\p{N}]/gu, '');
}

interface RoleNames {
  exact: Record<string, number>;
  keywords: string[];
  not?: string[];
}

const names = (weight: number, ...list: string[]) => Object.fromEntries(list.map((n) => [normalizeName(n), weight]));

const MONEY_NOT = [
  'discount', 'скидк', 'tax', 'налог', 'ндс', 'vat',
  'shipping', 'доставк', 'bonus', 'бонус', 'refund', 'возврат',
];

export const ROLE_NAMES: Record<Role, RoleNames> = {
  customer_id: {
    exact: {
      ...names(
        1,
        'CustomerID', 'customer_id', 'Client ID', 'ClientID', 'Customer No', 'Customer Number',
        'Customer Code', 'ID клиента', 'Код клиента', 'Код покупателя',
      ),
      ...names(0.95, 'Customer', 'Client', 'Клиент', 'Покупатель'),
      ...names(
        0.9,
        'Email', 'E-mail', 'Email Address', 'User ID', 'Member ID', 'Контрагент', 'Карта клиента',
      ),
      ...names(0.85, 'Phone', 'Phone Number', 'Телефон', 'Номер карты', 'Buyer', 'Дисконтная карта'),
      ...names(0.8, 'Карта', 'Почта', 'Mail'),
    },
    keywords: [
      'customer', 'client', 'клиент', 'покупател', 'контрагент', 'buyer', 'email', 'phone', 'телефон',
      'member',
    ],
    not: [
      'type', 'тип', 'segment', 'сегмент', 'group', 'групп', 'country', 'city', 'город', 'since', 'date',
      'дата', 'note', 'comment', 'примечан', 'коммент', 'message', 'agent', 'ipaddress',
    ],
  },
  order_ts: {
    exact: {
      ...names(
        1,
        'InvoiceDate', 'Order Date', 'Purchase Date', 'Sale Date', 'Transaction Date', 'Дата заказа',
        'Дата продажи', 'Дата чека', 'Дата покупки',
      ),
      ...names(0.95, 'Date', 'Дата', 'Created at', 'Дата документа', 'Дата и время', 'Datetime', 'Timestamp'),
      ...names(0.85, 'Created', 'Период', 'Paid at', 'Time'),
    },
    keywords: ['date', 'дата', 'created', 'timestamp', 'время'],
    not: ['birth', 'рожден', 'registr', 'регистрац', 'signup', 'shipped', 'fulfilled', 'cancelled', 'отмен'],
  },
  amount: {
    exact: {
      ...names(
        1,
        'Amount', 'Сумма', 'Сумма продажи', 'Line Total', 'Сумма с НДС', 'Сумма со скидкой', 'Сумма, руб',
        'Сумма руб',
      ),
      ...names(0.95, 'Sales', 'Revenue', 'Выручка', 'Total Amount', 'Sales Amount'),
      ...names(0.9, 'Total', 'Sum', 'Стоимость', 'Total Price'),
      ...names(0.85, 'Итого', 'Order Total', 'Сумма заказа', 'Сумма документа'),
    },
    keywords: ['amount', 'total', 'sales', 'revenue', 'sum', 'сумм', 'стоимост', 'выручк', 'итог'],
    not: MONEY_NOT,
  },
  order_id: {
    exact: {
      ...names(
        1,
        'InvoiceNo', 'Invoice No', 'Invoice ID', 'Invoice Number', 'Order ID', 'Order No', 'Order Number',
        'Receipt No', 'Номер заказа', 'Номер чека', 'ID заказа', 'Номер документа',
      ),
      ...names(0.95, 'Transaction ID', 'Номер'),
      ...names(0.9, 'Order', 'Invoice', 'Receipt', 'Заказ', 'Чек'),
      ...names(0.8, 'Документ'),
    },
    keywords: ['order', 'invoice', 'receipt', 'transaction', 'заказ', 'чек', 'документ', 'накладн'],
    not: ['date', 'дата', 'status', 'статус', 'total', 'сумм'],
  },
  product: {
    exact: {
      ...names(
        1,
        'StockCode', 'Stock Code', 'SKU', 'Артикул', 'Product Code', 'Item Code', 'Код товара',
        'Код номенклатуры', 'Product ID',
      ),
      ...names(
        0.85,
        'Description', 'Product', 'Product Name', 'Item', 'Item Name', 'Lineitem name', 'Товар',
        'Номенклатура', 'Наименование', 'Наименование товара', 'Название',
      ),
      ...names(0.3, 'Name'),
    },
    keywords: ['product', 'sku', 'товар', 'номенклатур', 'артикул', 'наименован'],
    not: ['category', 'категор', 'type', 'brand', 'group', 'групп'],
  },
  quantity: {
    exact: {
      ...names(1, 'Quantity', 'Qty', 'Количество', 'Кол-во', 'Lineitem quantity'),
      ...names(0.9, 'Units', 'CDs', 'Pieces', 'Шт', 'Кол'),
    },
    keywords: ['quantity', 'qty', 'колич', 'колво'],
  },
  unit_price: {
    exact: {
      ...names(1, 'UnitPrice', 'Unit Price', 'Цена', 'Цена за единицу', 'Price Each', 'Цена, руб'),
      ...names(0.95, 'Price', 'Цена продажи', 'Lineitem price', 'Цена со скидкой'),
      ...names(0.9, 'Item Cost', 'Item Price'),
    },
    keywords: ['price', 'цена'],
    not: MONEY_NOT,
  },
  status: {
    exact: {
      ...names(1, 'Status', 'Статус', 'Order Status'),
      ...names(0.95, 'Состояние', 'Financial Status'),
      ...names(0.9, 'State', 'Тип операции', 'Payment Status'),
      ...names(0.8, 'Операция', 'Тип документа'),
    },
    keywords: ['status', 'статус', 'состояни'],
  },
  category: {
    exact: {
      ...names(1, 'Category', 'Категория', 'Product Category'),
      ...names(0.95, 'Brand', 'Бренд', 'Группа товаров', 'Торговая марка'),
      ...names(0.9, 'Группа', 'Product Type', 'Марка'),
      ...names(0.85, 'Vendor', 'Производитель'),
    },
    keywords: ['category', 'brand', 'категор', 'бренд', 'групп'],
  },
};

/** How well a column name says a role, 0..1. */
export function nameScore(role: Role, name: string): number {
  const n = normalizeName(name);
  const { exact, keywords, not = [] } = ROLE_NAMES[role];
  if (exact[n] !== undefined) return exact[n];
  if (not.some((w) => n.includes(w))) return 0;
  return keywords.some((w) => n.includes(w)) ? KEYWORD_SCORE : 0;
}
