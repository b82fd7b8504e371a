/**
 * A WooCommerce order export made with "Advanced Order Export For WooCommerce" (wordpress.org plugin
 * woo-order-export-lite) with its default fields, in its order: one row per order item with the order's
 * columns repeated on every item row (`format_csv_populate_other_columns_product_rows`), `Customer Note`
 * mostly empty, `Order Subtotal Amount` / `Order Total Amount` repeated, `Quantity (- Refund)` (the
 * quantity less what was refunded), `Item Cost` (the item price); statuses as WooCommerce shows them.
 * Ground truth (DESIGN §3c): Cancelled, Refunded, Failed → returns; Completed, Processing, On hold, Pending
 * payment → purchases; a line's amount = Quantity (- Refund) × Item Cost (a fully refunded line is 0: no purchase);
 * an order taken by phone has no e-mail and is its customer's by `Phone (Billing)`.
 */
import { csvText } from './csv-text.ts';
import { money, pad2, seeded, truthOf, type Truth, type TruthLine } from './random.ts';

export const WOO_HEADER = [
  'Order Number', 'Order Status', 'Order Date', 'Customer Note', 'First Name (Billing)', 'Last Name (Billing)',
  'Company (Billing)', 'Address 1&2 (Billing)', 'City (Billing)', 'State Code (Billing)', 'Postcode (Billing)',
  'Country Code (Billing)', 'Email (Billing)', 'Phone (Billing)', 'First Name (Shipping)', 'Last Name (Shipping)',
  'Address 1&2 (Shipping)', 'City (Shipping)', 'State Code (Shipping)', 'Postcode (Shipping)',
  'Country Code (Shipping)', 'Payment Method Title', 'Cart Discount Amount', 'Order Subtotal Amount',
  'Shipping Method Title', 'Order Shipping Amount', 'Order Refund Amount', 'Order Total Amount',
  'Order Total Tax Amount', 'SKU', 'Item #', 'Item Name', 'Quantity (- Refund)', 'Item Cost', 'Coupon Code',
  'Discount Amount', 'Discount Amount Tax',
];

const STATUSES = [
  ['Completed', 0.68],
  ['Processing', 0.1],
  ['On hold', 0.03],
  ['Pending payment', 0.04],
  ['Cancelled', 0.06],
  ['Refunded', 0.05],
  ['Failed', 0.04],
] as const;
export const WOO_RETURNS = new Set(['Cancelled', 'Refunded', 'Failed']);
const ITEMS = [
  ['WB-100', 'Wool beanie', 1900],
  ['SC-220', 'Scarf, merino', 3450],
  ['GL-300', 'Leather gloves', 5200],
  ['SO-010', 'Socks (3 pairs)', 1200],
  ['MT-500', 'Mittens', 2300],
] as const;
const NOTES = ['Please call before delivery', 'Leave at the door, thanks!', 'Gift wrap, please'];

export function wooOrdersCsv(seed = 5): { name: string; bytes: Uint8Array; text: string; truth: Truth } {
  const r = seeded(seed);
  const people = Array.from({ length: 70 }, (_, i) => ({
    first: `Ann${i}`,
    last: `Lee${i}`,
    email: `ann.lee${i}@mail.example`,
    phone: `+44 7700 9${String(10000 + i * 7)}`,
  }));
  const rows: Array<Array<string | number | null>> = [WOO_HEADER];
  const truth: TruthLine[] = [];
  let t = Date.UTC(2022, 10, 1, 8, 0);
  for (let n = 3001; n <= 3180; n++) {
    t += r.int(20, 60 * 24) * 60_000;
    const d = new Date(t);
    const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
    let u = r.next();
    const status = STATUSES.find(([, p]) => (u -= p) < 0)?.[0] ?? 'Completed';
    const person = r.pick(people);
    const phoneOnly = r.chance(0.05); // an order taken by phone: no e-mail
    const lines = Array.from({ length: r.int(1, 3) }, (_, k) => {
      const item = ITEMS[(n + k * 2) % ITEMS.length];
      const qty = r.int(1, 3);
      // a partial refund on a completed order: one unit of its first item returned
      const refundedQty = status === 'Refunded' ? qty : status === 'Completed' && k === 0 && r.chance(0.08) ? 1 : 0;
      return { item, qty, left: qty - refundedQty, refundedQty };
    });
    const subtotal = lines.reduce((s, l) => s + l.qty * l.item[2], 0);
    const refund = lines.reduce((s, l) => s + l.refundedQty * l.item[2], 0);
    const shipping = r.pick([0, 500]);
    lines.forEach((l, k) => {
      rows.push([
        n, status, date, r.chance(0.06) ? r.pick(NOTES) : '', person.first, person.last, '', '5 Elm Road, Apt 2',
        'Leeds', '', 'LS1 4AP', 'GB', phoneOnly ? '' : person.email, person.phone,
        person.first, person.last, '5 Elm Road, Apt 2', 'Leeds', '', 'LS1 4AP', 'GB', 'Credit card', '0',
        money(subtotal, 'en'), shipping ? 'Flat rate' : 'Free shipping', money(shipping, 'en'), money(refund, 'en'),
        money(subtotal + shipping - refund, 'en'), '0', l.item[0], k + 1, l.item[1], l.left, money(l.item[2], 'en'), '', '0', '0',
      ]);
      // an order without an e-mail is the customer's by phone (the layout's e-mail → phone fallback)
      truth.push({ customer: phoneOnly ? person.phone : person.email, order: String(n), cents: l.left * l.item[2], isReturn: WOO_RETURNS.has(status) });
    });
  }
  const text = csvText(rows);
  return { name: 'orders-2023-01-31.csv', bytes: new TextEncoder().encode(text), text, truth: truthOf(truth, 0) };
}
