import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { churnOverTime, monthsBefore, pooledChurnRate } from '../../src/analysis/churn';
import { comebackRates } from '../../src/analysis/churn-comeback';
import type { Db } from '../../src/analysis/db';
import { CHURN_ORDERS, day, LIFECYCLE_ORDERS, ordersDb } from './lifecycle-datasets';

const row = (month: string, lapses: number, lapses_in_rate: number, denominator: number, revenue_lost: number,
  warm_up = false, partial = false) => ({
  month, lapses, lapses_in_rate, denominator, churn_rate: denominator > 0 ? lapses_in_rate / denominator : null,
  revenue_lost, warm_up, partial,
});

describe('churn over time on the lifecycle dataset (data start day 0 = 2024-01-01, as-of day 130)', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await ordersDb(LIFECYCLE_ORDERS);
  });
  afterAll(() => db.close());

  it('dates lapses, judges them against the previous month end and flags warm-up and partial months', async () => {
    // Lapse = last purchase day + floor(4·I) + 1, unless the next purchase comes on or before it:
    //   even4 day 9 (I 3) → 22 (Jan); half day 11 (I 5.5) → 34 (Feb); odd day 11 (I 5.5) → 34 (Feb);
    //   steady day 20 (I 10) → 61 (Mar); odd again, day 41 (I 9) → 78 (Mar); even4 day 109 (I 4) → 126 (May).
    //   even4 day 1 (I 1) → 6 and day 4 (I 2) → 13 are pre-empted by its purchases on days 4 and 9.
    // Denominator = active, due or at risk at the previous month end (see the status mix test):
    //   Jan 0; Feb 3 (steady, half, odd); Mar 2 (steady at risk, odd due); Apr 0; May 1 (even4 at risk).
    // even4's January lapse: repeat and lapsed within the month, a lapse but not in the rate.
    // Revenue lost = spend in the 365 days up to the lapse: even4 40; half 30 + odd 30; steady 30 + odd 40; even4 50.
    // Warm-up: months starting < 90 days after day 0 — Jan (0), Feb (31), Mar (60); Apr starts on day 91.
    const report = await churnOverTime(db, { start: day(0), end: day(130) });
    expect(report.months).toEqual([
      row('2024-01', 1, 0, 0, 40, true),
      row('2024-02', 2, 2, 3, 60, true),
      row('2024-03', 2, 2, 2, 70, true),
      row('2024-04', 0, 0, 0, 0),
      row('2024-05', 1, 1, 1, 50, false, true),
    ]);
    expect(report.churned_customers).toBe(6);
    // window revenue 30 + 30 + 40 + 50 + 10 + 13 + 10 + 25.50 (steady's day 135 is after the as-of date)
    expect(report.window_revenue).toBe(208.5);
    expect(report.revenue_lost).toBe(220);
    expect(report.revenue_lost_share).toBeCloseTo(220 / 208.5, 14);
  });

  it('counts only lapses up to the as-of date and from the window start', async () => {
    // as-of day 125: even4's day-126 lapse is not there yet; the window from March drops Jan and Feb lapses
    const report = await churnOverTime(db, { start: day(60), end: day(125) });
    expect(report.months.map((m) => [m.month, m.lapses, m.denominator])).toEqual([
      ['2024-03', 2, 2], ['2024-04', 0, 0], ['2024-05', 0, 1],
    ]);
  });
});

describe('churn and comeback on the churn dataset (as-of 2025-01-15 = day 380)', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await ordersDb(CHURN_ORDERS);
  });
  afterAll(() => db.close());

  it('counts a customer again each time they lapse and sums 365 days of spend up to each lapse', async () => {
    // Lapses: E 6 (Jan; I 1), 154 (Jun; 51 + floor(4·25.5) + 1), 365 (Dec 31; 164 + 4·50 + 1);
    //   G, H, I on 51 (Feb; 10 + 41); F on 154, G on 157 (52 + floor(4·26) + 1). F's 51 is pre-empted.
    // Revenue lost: E@6 1000 + 200; E@154 1000 + 200 + 30; E@365 window (0, 365]: day 0 (1000) is out,
    //   day 1 (200) in → 200 + 30 + 4 = 234; G, H, I 20 each; F@154 30, G@157 30.
    // Denominators (active/due/at risk at the previous month end): Feb 4 (F G H I; E lost since 6);
    //   Mar–May 3 (E F G; H, I lost); Jun 5 (+ H, I back on 141/142); Jul–Dec 3 (E back on 164, H, I);
    //   Jan 2025 2 (E lapsed on Dec 31; H, I).
    const report = await churnOverTime(db, { start: day(0), end: day(380) });
    expect(report.months).toEqual([
      row('2024-01', 1, 0, 0, 1200, true),
      row('2024-02', 3, 3, 4, 60, true),
      row('2024-03', 0, 0, 3, 0, true),
      row('2024-04', 0, 0, 3, 0),
      row('2024-05', 0, 0, 3, 0),
      row('2024-06', 3, 3, 5, 1290),
      ...['07', '08', '09', '10', '11'].map((m) => row(`2024-${m}`, 0, 0, 3, 0)),
      row('2024-12', 1, 1, 3, 234),
      row('2025-01', 0, 0, 2, 0, false, true),
    ]);
    expect(report.churned_customers).toBe(8);
    expect(report.revenue_lost).toBe(2784);
    expect(report.revenue_lost_share).toBeCloseTo(2784 / 1354, 14);
  });

  it('pools the 12 months before the as-of month without warm-up months', async () => {
    // Apr–Dec 2024: lapses in rate 3 (Jun) + 1 (Dec); denominators 3 + 3 + 5 + 3·6 = 29
    const pooled = await pooledChurnRate(db, day(380));
    expect(pooled.rate).toBe(4 / 29);
    expect(pooled).toMatchObject({ lapses: 4, denominator: 29 });
    expect(pooled.months).toEqual(['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
    expect(monthsBefore('2025-01', 12)).toBe('2024-01');
  });

  it('measures natural comeback within 90 days of entering at risk or lost', async () => {
    // Entries (day + floor(k·I) + 1; an entry on or after the next purchase day does not happen), cut-off 380 − 90 = 290:
    //   at risk (2.5): E 4→51 back, 115→164 back, 290 never (on the cut-off, counts); F 36→51 back, 115 never;
    //                  G 36→52 back, 118 never; H 36→141 (105 days) no; I 36→142 no        → 4 of 9
    //   lost (4):      E 6→51 back, 154→164 back, 365 after cut-off; F 51 = its purchase day, no entry; 154 never;
    //                  G 51→52 back, 157 never; H 51→141 (exactly 90) back; I 51→142 (91) no → 4 of 7
    expect(await comebackRates(db, day(380))).toEqual({
      at_risk: { episodes: 9, came_back: 4, rate: 4 / 9 },
      lost: { episodes: 7, came_back: 4, rate: 4 / 7 },
    });
    // one day earlier E's at-risk entry on 290 falls after the cut-off
    expect((await comebackRates(db, day(379))).at_risk).toEqual({ episodes: 8, came_back: 4, rate: 4 / 8 });
  });
});

describe('a lapse more than 365 days after the last purchase', () => {
  it('counts the lapse with no revenue lost', async () => {
    // days 0 and 100: I = 100, lapse = 100 + 400 + 1 = day 501 = 2025-05-16; (501 − 365, 501] holds no purchase.
    // At the end of April (day 485) d = 385 ≤ 400: at risk, so in the denominator.
    const db = await ordersDb([['slow', 0, '10.00'], ['slow', 100, '10.00']]);
    const report = await churnOverTime(db, { start: '2025-05-01', end: '2025-05-31' });
    expect(day(501)).toBe('2025-05-16');
    expect(report.months).toEqual([row('2025-05', 1, 1, 1, 0, false, true)]);
    db.close();
  });
});
