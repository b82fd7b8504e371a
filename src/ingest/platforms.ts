/**
 * Known export layouts (DESIGN §3c): recognised from the header, applied in one step, everything still
 * correctable. Column names as the platforms write them:
 * - Shopify "Export orders" CSV — columns: https://www.webtoffee.com/shopify-orders-available-columns-for-export-and-import/
 *   and https://matrixify.app/documentation/orders/ ; order-level fields on the first line of each order
 *   only: https://docs.xbp.app/docs/development/integrations/shopify/order-format ; financial statuses as
 *   the Admin API's `financial_status` values.
 * - WooCommerce, "Advanced Order Export For WooCommerce" (wordpress.org plugin woo-order-export-lite): its
 *   fields checked by default, one row per item with the order fields repeated — `Order Number`, `Order
 *   Status`, `Order Date`, `Customer Note`, `Email (Billing)`, `Phone (Billing)`, `Order Subtotal Amount`,
 *   `Order Refund Amount`, `Order Total Amount`, `SKU`, `Item #`, `Item Name`, `Quantity (- Refund)`,
 *   `Item Cost`; statuses as WooCommerce shows them (Completed, Processing, On hold, Pending payment,
 *   Cancelled, Refunded, Failed).
 * - 1C:Розница «Продажи по чекам» / «Продажи» reports saved from the spreadsheet document (title, period and
 *   filter lines above the table, «Итого» below it).
 * - МойСклад «Розничные продажи» list export (one row per receipt).
 * - InSales, Ecwid, Tilda, Wildberries and Ozon: recognised by characteristic columns only (not verified
 *   against a real export here; the mapping they set is the guesser's, plus the named columns).
 */
import { normalizeName } from './mapping-names.ts';
import type { Role } from './types.ts';

export const PLATFORMS = ['shopify', 'woocommerce', '1c', 'moysklad', 'insales', 'ecwid', 'tilda', 'wildberries', 'ozon'] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export interface Platform {
  id: PlatformId;
  /** Every one of these columns is in the header… */
  all: string[];
  /** …and at least one of these (when given). */
  any?: string[];
  /** Per role, the columns to take in order of preference; `null` = leave the role unmapped (amount = quantity × price). */
  roles: Partial<Record<Role, string[] | null>>;
  /** Status values as the platform writes them, and those that make an order a return / cancellation. */
  statuses?: { all: string[]; returns: string[] };
  /** The order's refunded amount: reported for orders that stay purchases (partial refunds). */
  refund?: string[];
  /** Read as the customer where the customer column (an e-mail) is empty: the phone. */
  customerFallback?: string[];
}

export const PLATFORM_LAYOUTS: Platform[] = [
  {
    id: 'shopify',
    all: ['Name', 'Email', 'Financial Status', 'Lineitem quantity', 'Lineitem price'],
    roles: {
      customer_id: ['Email'],
      order_ts: ['Created at'],
      order_id: ['Name'],
      product: ['Lineitem sku', 'Lineitem name'],
      quantity: ['Lineitem quantity'],
      unit_price: ['Lineitem price'],
      amount: null,
      status: ['Financial Status'],
      category: ['Vendor'],
    },
    statuses: {
      all: ['authorized', 'paid', 'partially_paid', 'partially_refunded', 'pending', 'refunded', 'voided'],
      returns: ['refunded', 'voided'],
    },
    refund: ['Refunded Amount'],
  },
  {
    id: 'woocommerce',
    all: ['Order Number', 'Order Status', 'Order Date'],
    any: ['Email (Billing)', 'Item Cost', 'Order Subtotal Amount'],
    roles: {
      customer_id: ['Email (Billing)', 'Phone (Billing)'],
      order_ts: ['Order Date'],
      order_id: ['Order Number'],
      product: ['SKU', 'Item Name'],
      quantity: ['Quantity (- Refund)', 'Quantity'],
      unit_price: ['Item Cost'],
      amount: null,
      status: ['Order Status'],
    },
    statuses: {
      all: ['Cancelled', 'Completed', 'Draft', 'Failed', 'On hold', 'Pending payment', 'Processing', 'Refunded'],
      returns: ['Cancelled', 'Failed', 'Refunded'],
    },
    refund: ['Order Refund Amount'],
    customerFallback: ['Phone (Billing)'],
  },
  {
    id: '1c',
    all: ['Номенклатура', 'Количество', 'Сумма'],
    any: ['Чек ККМ', 'Чек', 'Документ продажи', 'Регистратор', 'Документ'],
    roles: {
      customer_id: ['Дисконтная карта', 'Покупатель', 'Контрагент', 'Карта клиента'],
      order_ts: ['Дата', 'Период', 'Дата чека'],
      order_id: ['Чек ККМ', 'Чек', 'Документ продажи', 'Регистратор', 'Документ'],
      product: ['Артикул', 'Номенклатура'],
      quantity: ['Количество'],
      unit_price: ['Цена'],
      amount: ['Сумма', 'Сумма со скидкой'],
    },
  },
  {
    id: 'moysklad',
    all: ['Время', 'Номер', 'Контрагент', 'Сумма'],
    any: ['Точка продаж', 'Смена', 'Склад'],
    roles: { customer_id: ['Контрагент'], order_ts: ['Время'], order_id: ['Номер'], amount: ['Сумма'], status: ['Статус'] },
  },
  {
    id: 'insales',
    all: ['Номер заказа', 'Дата создания', 'Email'],
    any: ['Статус оплаты', 'Способ доставки'],
    roles: { customer_id: ['Email', 'Телефон'], order_ts: ['Дата создания'], order_id: ['Номер заказа'] },
  },
  {
    id: 'ecwid',
    all: ['order_number', 'customer_email', 'payment_status'],
    roles: { customer_id: ['customer_email'], order_id: ['order_number'], status: ['payment_status'] },
  },
  {
    id: 'tilda',
    all: ['orderid', 'email', 'products'],
    roles: { customer_id: ['email', 'phone'], order_id: ['orderid'] },
  },
  {
    id: 'wildberries',
    all: ['Артикул поставщика', 'Тип документа'],
    any: ['Дата продажи', 'Цена розничная'],
    roles: { order_ts: ['Дата продажи'], product: ['Артикул поставщика'] },
  },
  {
    id: 'ozon',
    all: ['Номер отправления', 'Принят в обработку'],
    roles: { order_ts: ['Принят в обработку'], order_id: ['Номер отправления'], status: ['Статус'] },
  },
];

/** The platform whose characteristic columns the header has (names compared as the guesser compares them). */
export function recognisePlatform(header: string[]): Platform | null {
  const names = new Set(header.map(normalizeName));
  const has = (name: string) => names.has(normalizeName(name));
  return PLATFORM_LAYOUTS.find((p) => p.all.every(has) && (!p.any || p.any.some(has))) ?? null;
}

/** The header's column for each role the platform sets (first preference present), `null` for a role it leaves unmapped. */
export function platformColumns(platform: Platform, header: string[]): Partial<Record<Role, string | null>> {
  const byName = new Map(header.map((column) => [normalizeName(column), column]));
  const out: Partial<Record<Role, string | null>> = {};
  for (const [role, columns] of Object.entries(platform.roles) as Array<[Role, string[] | null]>) {
    if (columns === null) out[role] = null;
    else {
      const found = columns.map((c) => byName.get(normalizeName(c))).find((c) => c !== undefined);
      if (found !== undefined) out[role] = found;
    }
  }
  return out;
}

/** The header's column of a platform's extra field (`refund`, `customerFallback`), if it has one. */
export function platformColumn(id: PlatformId | null, field: 'refund' | 'customerFallback', header: string[]): string | null {
  const platform = PLATFORM_LAYOUTS.find((p) => p.id === id);
  const byName = new Map(header.map((column) => [normalizeName(column), column]));
  return platform?.[field]?.map((c) => byName.get(normalizeName(c))).find((c) => c !== undefined) ?? null;
}
