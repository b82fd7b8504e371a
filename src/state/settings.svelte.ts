import { DEFAULT_MARGIN, type ReportWindow, type WindowKind } from '../analysis/kpis';
import { DEFAULT_THRESHOLDS, type LifecycleThresholds } from '../analysis/lifecycle';
import { DEFAULT_MIN_REGULARS } from '../analysis/products';
import type { Spend } from '../analysis/payback';
import { addDays } from '../analysis/calendar';

export const CURRENCIES = ['RUB', 'USD', 'EUR', 'GBP', 'KZT', 'BYN', 'UAH', 'CNY'] as const;

/** The user's analysis settings: margin, currency, reporting window and as-of date. */
export class Settings {
  /** Gross margin as a fraction; written through setMargin only. */
  margin = $state(DEFAULT_MARGIN);
  /** Which of the two the owner types: the margin, or the mark-up it is converted from (src/analysis/markup.ts). */
  marginKind = $state<'margin' | 'markup'>('margin');
  currency = $state('RUB');
  windowKind = $state<WindowKind>('all');
  customStart = $state('');
  customEnd = $state('');
  /** Empty = the last purchase date in the data. */
  asOf = $state('');
  /** Lifecycle status thresholds in multiples of the typical interval (DESIGN §3), all visible settings. */
  thresholds = $state<LifecycleThresholds>({ ...DEFAULT_THRESHOLDS });
  /** Product churn lists products with at least this many regulars (DESIGN §3b). */
  minRegulars = $state(DEFAULT_MIN_REGULARS);
  /** Marketing spend per month for CAC and payback (DESIGN §3c): 'YYYY-MM' → amount; absent = not typed. */
  spend = $state.raw<Spend>({});

  /** The one writer of the margin (the overview's field, the simulator's, a shared link): a fraction in [0, 1]. */
  setMargin(fraction: number): void {
    if (Number.isFinite(fraction) && fraction >= 0 && fraction <= 1) this.margin = fraction;
  }

  /** The as-of date for a dataset whose last purchase is on `last`. */
  asOfDate(last: string): string {
    return this.asOf || last;
  }

  /** The window for a dataset spanning first…last date; "last 12 months" = the 365 days up to the as-of date. */
  window(first: string, last: string): ReportWindow {
    const end = this.asOfDate(last);
    if (this.windowKind === 'last12') return { start: maxDate(first, addDays(end, -364)), end };
    if (this.windowKind === 'custom' && this.customStart && this.customEnd) {
      return { start: maxDate(first, this.customStart), end: this.customEnd < end ? this.customEnd : end };
    }
    return { start: first, end };
  }
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export const settings = new Settings();
