/**
 * A Shopify "Export orders" CSV (Admin → Orders → Export): one row per line item; order-level fields
 * (Financial Status, Paid at, Subtotal, Total, Refunded Amount, billing and shipping…) on the first line
 * of each order only, Name / Email / Created at / Lineitem fields on every line; POS walk-in orders
 * without an e-mail; refunded, voided, partially refunded and pending orders.
 * Columns and their order: https://www.webtoffee.com/shopify-orders-available-columns-for-export-and-import/ ,
 * https://matrixify.app/documentation/orders/ and the example rows of
 * https://docs.xbp.app/docs/development/integrations/shopify/order-format (first-line-only order fields).
 * Ground truth (DESIGN §3c): refunded and voided orders are returns as a whole; paid, partially refunded,
 * pending and authorized orders are purchases; a line's amount is Lineitem quantity × Lineitem price.
 */
import { csvText } from './csv-text.ts';
import { isoDateTime, money, seeded, truthOf, type Truth, type TruthLine } from './random.ts';

export const SHOPIFY_HEADER = [
  'Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing',
  'Currency', 'Subtotal', 'Shipping', 'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Shipping Method',
  'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem compare at price',
  'Lineitem sku', 'Lineitem requires shipping', 'Lineitem taxable', 'Lineitem fulfillment status',
  'Billing Name', 'Billing Street', 'Billing Address1', 'Billing Address2', 'Billing Company', 'Billing City',
  'Billing Zip', 'Billing Province', 'Billing Country', 'Billing Phone', 'Shipping Name', 'Shipping Street',
  'Shipping Address1', 'Shipping Address2', 'Shipping Company', 'Shipping City', 'Shipping Zip',
  'Shipping Province', 'Shipping Country', 'Shipping Phone', 'Notes', 'Note Attributes', 'Cancelled at',
  'Payment Method', 'Payment Reference', 'Refunded Amount', 'Vendor', 'Outstanding Balance', 'Employee',
  'Location', 'Device ID', 'Id', 'Tags', 'Risk Level', 'Source', 'Lineitem discount', 'Tax 1 Name',
  'Tax 1 Value', 'Phone', 'Receipt Number', 'Duties', 'Billing Province Name', 'Shipping Province Name',
  'Payment ID', 'Payment Terms Name', 'Next Payment Due At', 'Payment References',
];

/** Columns written on every line of an order; the rest on its first line only. */
const EVERY_LINE = new Set(['Name', 'Email', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price',
  'Lineitem compare at price', 'Lineitem sku', 'Lineitem requires shipping', 'Lineitem taxable',
  'Lineitem fulfillment status', 'Vendor', 'Lineitem discount']);

const PRODUCTS = [
  ['TEA-EG-100', 'Earl Grey Tea 100g', 'Leaf & Co'],
  ['TEA-GR-050', 'Sencha Green Tea 50g', 'Leaf & Co'],
  ['MUG-CER-01', 'Ceramic Mug, white', 'Clayworks'],
  ['KET-GLS-1L', 'Glass Kettle 1 L', 'Clayworks'],
  ['HON-ACA-250', 'Acacia Honey 250g', 'Bee Good'],
] as const;

const STATUSES = [
  ['paid', 0.68],
  ['partially_refunded', 0.08],
  ['refunded', 0.08],
  ['voided', 0.05],
  ['pending', 0.08],
  ['authorized', 0.03],
] as const;
export const SHOPIFY_RETURNS = new Set(['refunded', 'voided']);

export function shopifyOrdersCsv(seed = 7): { name: string; bytes: Uint8Array; truth: Truth & { partialRefundCents: number } } {
  const r = seeded(seed);
  const emails = Array.from({ length: 55 }, (_, i) => `customer${i + 1}@example.${i % 3 ? 'com' : 'co.uk'}`);
  const rows: Array<Array<string | number | null>> = [SHOPIFY_HEADER];
  const truth: TruthLine[] = [];
  let partialRefundCents = 0;
  let t = Date.UTC(2023, 2, 1, 14, 0, 0);
  for (let n = 1001; n <= 1160; n++) {
    t += r.int(30, 60 * 30) * 60_000;
    const name = `#${n}`;
    const guest = r.chance(0.1); // a POS sale to a walk-in customer
    const email = guest ? '' : r.pick(emails);
    let u = r.next();
    const status = STATUSES.find(([, p]) => (u -= p) < 0)?.[0] ?? 'paid';
    const created = `${isoDateTime(new Date(t))} -0500`;
    const items = Array.from({ length: r.int(1, 4) }, () => ({ product: r.pick(PRODUCTS), qty: r.int(1, 3), cents: r.int(399, 4999) }));
    const subtotal = items.reduce((s, it) => s + it.qty * it.cents, 0);
    const shipping = r.pick([0, 499, 799]);
    const refunded = status === 'refunded' ? subtotal + shipping : status === 'partially_refunded' ? items[0].cents : 0;
    if (status === 'partially_refunded') partialRefundCents += refunded;
    items.forEach((it, k) => {
      const order: Record<string, string | number | null> = {
        Name: name, Email: email, 'Financial Status': status, 'Paid at': status === 'pending' ? '' : created,
        'Fulfillment Status': 'fulfilled', 'Fulfilled at': created, 'Accepts Marketing': r.pick(['yes', 'no']),
        Currency: 'USD', Subtotal: money(subtotal, 'en'), Shipping: money(shipping, 'en'), Taxes: '0.00',
        Total: money(subtotal + shipping, 'en'), 'Discount Code': '', 'Discount Amount': '0.00',
        'Shipping Method': shipping ? 'Standard, 3–5 days' : 'Pickup', 'Created at': created,
        'Lineitem quantity': it.qty, 'Lineitem name': it.product[1], 'Lineitem price': money(it.cents, 'en'),
        'Lineitem compare at price': '', 'Lineitem sku': it.product[0], 'Lineitem requires shipping': 'true',
        'Lineitem taxable': 'true', 'Lineitem fulfillment status': 'fulfilled',
        'Billing Name': guest ? '' : `Client ${email.split('@')[0]}`, 'Billing Street': '12 High Street, Flat 3',
        'Billing City': 'Springfield', 'Billing Zip': "'01234", 'Billing Country': 'US',
        'Billing Phone': guest ? '' : `+1 555 01${String(n).slice(-2)}`, 'Payment Method': guest ? 'Cash' : 'Shopify Payments',
        'Refunded Amount': money(refunded, 'en'), Vendor: it.product[2], 'Outstanding Balance': '0.00',
        Location: guest ? 'Main Street Store' : '', Id: 5_000_000_000 + n, 'Risk Level': 'Low',
        Source: guest ? 'pos' : 'web', 'Lineitem discount': '0.00', 'Tax 1 Name': '', 'Tax 1 Value': '',
        Phone: '', 'Receipt Number': '', 'Payment ID': `c${n}.1`,
      };
      rows.push(SHOPIFY_HEADER.map((column) => (k === 0 || EVERY_LINE.has(column) ? (order[column] ?? '') : '')));
      truth.push({ customer: email || null, order: name, cents: it.qty * it.cents, isReturn: SHOPIFY_RETURNS.has(status) });
    });
  }
  const bytes = new TextEncoder().encode(csvText(rows));
  return { name: 'orders_export_1.csv', bytes, truth: { ...truthOf(truth, 0), partialRefundCents } };
}
