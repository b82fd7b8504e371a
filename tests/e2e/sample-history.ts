/**
 * The sample store's purchase history read straight from its CSV, independently of the app's loader: sale lines
 * (status «Продажа», quantity and amount > 0) of identified customers, grouped into purchase days (DESIGN §2, §3).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './app';

export interface SampleCustomer {
  /** Purchase days as day numbers (days since 1970-01-01), ascending, distinct. */
  days: number[];
  /** Revenue per purchase day, same order. */
  revenue: number[];
}

const DAY_MS = 86_400_000;
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const isoDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const number = (text: string) => Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.'));

export function sampleHistory(): { customers: Map<string, SampleCustomer>; asOf: number } {
  const text = readFileSync(path.join(ROOT, 'sample-data/tea-shop.csv'), 'utf8').replace(/^\ufeff/, '');
  const byCustomer = new Map<string, Map<number, number>>();
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const [, date, customer, , , quantity, , amount, status] = line.split(';');
    if (!customer || status !== 'Продажа' || number(quantity) <= 0 || number(amount) <= 0) continue;
    const [dd, mm, yyyy] = date.slice(0, 10).split('.');
    const day = dayNumber(`${yyyy}-${mm}-${dd}`);
    const days = byCustomer.get(customer) ?? byCustomer.set(customer, new Map()).get(customer)!;
    days.set(day, (days.get(day) ?? 0) + number(amount));
  }
  const customers = new Map<string, SampleCustomer>();
  let asOf = 0;
  for (const [id, days] of byCustomer) {
    const sorted = [...days.keys()].sort((a, b) => a - b);
    customers.set(id, { days: sorted, revenue: sorted.map((d) => days.get(d)!) });
    asOf = Math.max(asOf, sorted[sorted.length - 1]);
  }
  return { customers, asOf };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
