/**
 * DESIGN §3 / §3b "Product churn" written again in plain TypeScript from order and line rows, independent of the
 * app's SQL (no purchase_days, no product tables), to check the SQL on the UCI fixture. Days are whole days since
 * 1970-01-01; thresholds are the defaults (due 1.5, at risk 2.5, lost 4).
 */
export interface RefOrder { customer: string; order: string; day: number; revenue: number }
export interface RefLine { customer: string; order: string; product: string; lineDay: number; price: number | null }

export const toDay = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const monthStart = (y: number, m: number) => Date.UTC(y, m, 1) / 86_400_000; // m may run past 0…11
const monthOf = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 7);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const within = (d: number, k: number, i: number) => d <= Math.floor(k * i + 1e-9);

export function productReference(orders: RefOrder[], lines: RefLine[], asOf: number) {
  // purchase days and their revenue per customer
  const days = new Map<string, Map<number, number>>();
  for (const o of orders) {
    const m = days.get(o.customer) ?? new Map<number, number>();
    days.set(o.customer, m.set(o.day, (m.get(o.day) ?? 0) + o.revenue));
  }
  const sorted = new Map([...days].map(([c, m]) => [c, [...m.keys()].sort((a, b) => a - b)]));
  const orderDay = new Map(orders.map((o) => [`${o.customer}|${o.order}`, o.day]));

  /** n purchase days, last one and interval as of t (null when no purchase by t). */
  function state(c: string, t: number) {
    const ds = (sorted.get(c) ?? []).filter((d) => d <= t);
    if (ds.length === 0) return null;
    const gaps = ds.slice(1).map((d, i) => d - ds[i]);
    return { n: ds.length, last: ds.at(-1)!, interval: gaps.length ? median(gaps) : null };
  }
  function status(c: string, t: number): string {
    const s = state(c, t)!;
    if (s.n === 1) return 'single';
    const d = t - s.last;
    return within(d, 1.5, s.interval!) ? 'active' : within(d, 2.5, s.interval!) ? 'due' : within(d, 4, s.interval!) ? 'at_risk' : 'lost';
  }
  /** Lapse days known by the as-of date (DESIGN §3 churn over time). */
  const lapses = new Map<string, number[]>();
  for (const [c, ds] of sorted) {
    const events: number[] = [];
    for (let i = 1; i < ds.length; i++) {
      const lapse = ds[i] + Math.floor(4 * median(ds.slice(1, i + 1).map((d, j) => d - ds[j])) + 1e-9) + 1;
      if ((i === ds.length - 1 || ds[i + 1] > lapse) && lapse <= asOf) events.push(lapse);
    }
    lapses.set(c, events);
  }
  // orders per customer and product
  const bought = new Map<string, Map<string, Set<string>>>();
  for (const l of lines) {
    const byCustomer = bought.get(l.product) ?? new Map<string, Set<string>>();
    bought.set(l.product, byCustomer.set(l.customer, (byCustomer.get(l.customer) ?? new Set()).add(l.order)));
  }
  const productDays = (p: string, c: string, t: number) =>
    [...new Set([...bought.get(p)!.get(c)!].map((o) => orderDay.get(`${c}|${o}`)!).filter((d) => d <= t))].sort((a, b) => a - b);
  const ordersBy = (p: string, c: string, t: number) => [...bought.get(p)!.get(c)!].filter((o) => orderDay.get(`${c}|${o}`)! <= t).length;
  const regularsAt = (p: string, t: number) => [...bought.get(p)!.keys()].filter((c) => ordersBy(p, c, t) >= 2);

  const repeat = [...sorted.keys()].filter((c) => (state(c, asOf)?.n ?? 0) >= 2);
  const storeShare = repeat.filter((c) => ['at_risk', 'lost'].includes(status(c, asOf))).length / repeat.length;

  function product(p: string) {
    const regulars = regularsAt(p, asOf);
    const lapsed = regulars.filter((c) => ['at_risk', 'lost'].includes(status(c, asOf)));
    const switchers = regulars.filter((c) => {
      if (!['active', 'due'].includes(status(c, asOf))) return false;
      const pd = productDays(p, c, asOf);
      const gap = pd.length >= 2 ? median(pd.slice(1).map((d, i) => d - pd[i])) : state(c, asOf)!.interval!;
      return !within(asOf - pd.at(-1)!, 4, gap);
    });
    const lapsedRevenue = lapsed.reduce((sum, c) => {
      const s = state(c, asOf)!;
      const lapse = s.last + Math.floor(4 * s.interval! + 1e-9) + 1;
      return sum + [...days.get(c)!].filter(([d]) => d > lapse - 365 && d <= asOf).reduce((a, [, r]) => a + r, 0);
    }, 0);
    const buyers = [...bought.get(p)!.keys()].filter((c) => ordersBy(p, c, asOf) >= 1).length;
    return { regulars: regulars.length, lapsed: lapsed.length, switchers: switchers.length, lapsedRevenue, buyers, lift: lapsed.length / regulars.length / storeShare };
  }

  function steps(p: string) {
    const byMonth = new Map<string, number[]>();
    for (const l of lines) {
      if (l.product !== p || l.lineDay > asOf || l.price === null || l.price <= 0) continue;
      byMonth.set(monthOf(l.lineDay), [...(byMonth.get(monthOf(l.lineDay)) ?? []), l.price]);
    }
    const months = [...byMonth.keys()].sort();
    const result = [];
    for (let i = 1; i < months.length; i++) {
      const [before, now] = [median(byMonth.get(months[i - 1])!), median(byMonth.get(months[i])!)];
      if (!(before > 0 && Math.abs(now - before) >= 0.1 * before * (1 - 1e-9))) continue;
      const [y, m] = [+months[i].slice(0, 4), +months[i].slice(5, 7) - 1];
      /** Watched at the end of the month before `from`, and of them those with a lapse in from … from + 5. */
      const window = (from: number) => {
        const at = monthStart(y, m + from) - 1;
        const watched = regularsAt(p, at).filter((c) => ['active', 'due', 'at_risk'].includes(status(c, at)));
        const [w0, w1] = [monthStart(y, m + from), Math.min(monthStart(y, m + from + 6) - 1, asOf)];
        return { watched: watched.length, lapsed: watched.filter((c) => lapses.get(c)!.some((l) => l >= w0 && l <= w1)).length };
      };
      result.push({ month: months[i], change: now / before - 1, before: window(-6), after: window(0) });
    }
    return result;
  }

  return { storeShare, product, steps };
}
