import type { ReplayOrders } from '../analysis/simulator';
import { costFactor, tierIndex, tierRows, type Programme } from './programme';
import { isoDay } from '../analysis/calendar';

/** Inclusive bounds in days since 1970-01-01 (the report window; its end is the as-of date). */
export interface DayWindow {
  start: number;
  end: number;
}

export interface ReplayTier {
  threshold: number;
  rate: number;
  /** Orders in the window that paid this tier's rate, their revenue and the programme's cost on them. */
  orders: number;
  revenue: number;
  discount: number;
  /** Customers in this tier at the as-of date, by all their spend up to and including it. */
  customers: number;
}

export interface ReplayMonth {
  /** YYYY-MM */
  month: string;
  revenue: number;
  discount: number;
}

export interface ReplayResult {
  /** Programme cost on the window's orders (× redeemed share for cashback). */
  discountTotal: number;
  revenue: number;
  orders: number;
  /** discountTotal / revenue; null without revenue. */
  discountShare: number | null;
  tiers: ReplayTier[];
  months: ReplayMonth[];
  /** d: the cost on members' orders in the 365 days up to the as-of date / their revenue; null without such revenue. */
  effectiveRate: number | null;
  membersYearRevenue: number;
}

export function monthText(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthOfDay(day: number): number {
  const date = new Date(`${isoDay(day)}T00:00:00Z`);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/**
 * The programme replayed on history with nobody buying differently (DESIGN §3b): each order pays the rate of
 * the highest tier whose threshold ≤ the customer's spend before it, so the order that crosses a threshold
 * still pays the old rate. Pure arithmetic over the cached columns: no SQL when a tier changes.
 */
export function replay(data: ReplayOrders, programme: Programme, window: DayWindow): ReplayResult {
  const rows = tierRows(programme.tiers);
  const factor = costFactor(programme);
  const costRate = rows.map((r) => (r.rate / 100) * factor);
  const tiers: ReplayTier[] = rows.map((r) => ({ ...r, orders: 0, revenue: 0, discount: 0, customers: 0 }));
  const firstMonth = monthOfDay(window.start);
  const monthCount = Math.max(0, monthOfDay(window.end) - firstMonth + 1);
  const monthRevenue = new Float64Array(monthCount);
  const monthDiscount = new Float64Array(monthCount);
  let memberCost = 0;
  let memberRevenue = 0;
  const n = data.revenue.length;
  for (let i = 0; i < n; i++) {
    const tier = tierIndex(rows, data.spentBefore[i]);
    const revenue = data.revenue[i];
    const cost = costRate[tier] * revenue;
    if (data.memberYear[i]) {
      memberCost += cost;
      memberRevenue += revenue;
    }
    const day = data.day[i];
    if (day < window.start || day > window.end) continue;
    const t = tiers[tier];
    t.orders++;
    t.revenue += revenue;
    t.discount += cost;
    const m = data.month[i] - firstMonth;
    monthRevenue[m] += revenue;
    monthDiscount[m] += cost;
  }
  for (const spend of data.customerSpend) tiers[tierIndex(rows, spend)].customers++;
  const revenue = tiers.reduce((s, t) => s + t.revenue, 0);
  const discountTotal = tiers.reduce((s, t) => s + t.discount, 0);
  return {
    discountTotal,
    revenue,
    orders: tiers.reduce((s, t) => s + t.orders, 0),
    discountShare: revenue > 0 ? discountTotal / revenue : null,
    tiers,
    months: Array.from({ length: monthCount }, (_, m) => ({
      month: monthText(firstMonth + m),
      revenue: monthRevenue[m],
      discount: monthDiscount[m],
    })),
    effectiveRate: memberRevenue > 0 ? memberCost / memberRevenue : null,
    membersYearRevenue: memberRevenue,
  };
}
