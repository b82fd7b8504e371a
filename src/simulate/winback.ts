import type { ComebackRate } from '../analysis/churn-comeback';
import type { GroupPart } from '../analysis/simulator';
import type { LifecycleStatus } from '../analysis/lifecycle';

/** A win-back campaign (DESIGN §3b) on a group of customers, all figures measured except the levers. */
export interface WinbackGroup {
  customers: number;
  /** Mean of the customers' own average orders. */
  averageOrder: number;
  /**
   * Natural comeback rate: the status's own for a status group; for a mix (an RFM segment) the customers'
   * statuses' rates averaged over the customers whose status has one. Null when none has.
   */
  natural: number | null;
  /** Customers whose status has no measured rate (left out of the average). */
  unmeasured: number;
}

export function groupFrom(parts: readonly GroupPart[], comeback: Record<LifecycleStatus, ComebackRate>): WinbackGroup {
  const customers = parts.reduce((s, p) => s + p.customers, 0);
  const measured = parts.filter((p) => comeback[p.status].rate !== null);
  const weight = measured.reduce((s, p) => s + p.customers, 0);
  return {
    customers,
    averageOrder: customers > 0 ? parts.reduce((s, p) => s + p.averageOrderSum, 0) / customers : 0,
    natural:
      measured.length === 1
        ? comeback[measured[0].status].rate
        : weight > 0 ? measured.reduce((s, p) => s + p.customers * (comeback[p.status].rate as number), 0) / weight : null,
    unmeasured: customers - weight,
  };
}

export interface WinbackLevers {
  /** Cost per contact (currency of the data). */
  contactCost: number;
  /** Discount on the return order (0…1). */
  offer: number;
  /** Expected share of the group that buys again after the contact (0…1). */
  response: number;
}

export interface WinbackResult {
  /** Value of a won-back customer: own average order × store's orders per active customer in 12 months × margin. */
  value: number;
  /** The offer on the return order: offer × average order. */
  offerCost: number;
  /** Natural rate used (0 when unmeasured). */
  natural: number;
  /** (response − natural) × customers. */
  incremental: number;
  /** incremental × (value − offer cost) − customers × contact cost. */
  net: number;
  /** The response at which net = 0; null when a won-back customer is worth no more than the offer. */
  breakEvenResponse: number | null;
}

export function winback(group: WinbackGroup, ordersPerYear: number, margin: number, levers: WinbackLevers): WinbackResult {
  const value = group.averageOrder * ordersPerYear * margin;
  const offerCost = levers.offer * group.averageOrder;
  const natural = group.natural ?? 0;
  const incremental = (levers.response - natural) * group.customers;
  const gain = value - offerCost;
  return {
    value,
    offerCost,
    natural,
    incremental,
    net: incremental * gain - group.customers * levers.contactCost,
    breakEvenResponse: gain > 0 ? natural + levers.contactCost / gain : null,
  };
}
