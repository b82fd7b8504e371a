/** The UCI fixture as a per-customer-day table (issue 18), made by hand in plain TypeScript, without Ottok code. */
import { readFileSync } from 'node:fs';
import { FIXTURE } from './share-helpers';

/** The fixture reduced to one row per customer and day by hand (orders = its distinct invoices, revenue = Σ q × p). */
export function customerDays(): string {
  const [header, ...rows] = readFileSync(FIXTURE, 'utf8').trim().split('\n');
  const names = header.split(',');
  const at = (name: string) => names.indexOf(name);
  const days = new Map<string, { orders: Set<string>; units: number }>();
  for (const line of rows) {
    // Description may be quoted with commas: read the columns after it from the end, the first ones from the start.
    const cells = line.split(',');
    const invoice = cells[at('InvoiceNo')];
    const [quantity, date, price, customer] = cells.slice(-5, -1);
    if (!customer || +quantity <= 0 || +price <= 0) continue;
    const key = `${customer},${date.slice(0, 10)}`;
    const day = days.get(key) ?? { orders: new Set<string>(), units: 0 };
    day.orders.add(invoice);
    day.units += Math.round(+quantity * +price * 10_000);
    days.set(key, day);
  }
  return ['customer_id,day,orders,revenue', ...[...days].map(([key, d]) => `${key},${d.orders.size},${(d.units / 10_000).toFixed(4)}`)].join('\n');
}
