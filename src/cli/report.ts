/** What `ottok analyse` prints: the data-quality report and the overview KPIs (in the app's English words). */
import { en } from '../i18n/en';
import { LIFECYCLE_STATUSES } from '../analysis/lifecycle';
import type { Kpis } from '../analysis/kpis';
import { LINE_ONLY } from '../ingest/customer-days';
import type { Analysis } from './analyse';

const KPI_NAMES = ['customers', 'orders', 'revenue', 'aov', 'frequency', 'repeat_rate', 'customer_value', 'lifespan_months', 'simple_ltv'] as const;

/** The figures as plain data (`--json`, and what the text shows). */
export function summarise(a: Analysis) {
  const { quality: q, figures: f } = a;
  return {
    kind: a.kind,
    files: a.files.map((file) => file.name),
    mapping: a.mapping,
    range: a.range,
    asOf: a.scope.asOf,
    quality: {
      rowsRead: q.rowsRead,
      malformed: q.malformed.rows,
      badDate: q.rules.bad_date.rows,
      badAmount: q.rules.bad_amount.rows,
      guest: { rows: q.rules.guest.rows, value: q.rules.guest.value },
      returns: { rows: q.rules.return.rows, value: q.rules.return.value },
      zero: q.rules.zero.rows,
      duplicates: a.kind === 'customer_days' ? null : q.rules.kept.duplicates,
      kept: q.rules.kept.rows,
      purchases: q.purchases,
    },
    kpis: Object.fromEntries(KPI_NAMES.map((k) => [k, a.kpis[k]])) as Pick<Kpis, (typeof KPI_NAMES)[number]>,
    revenueText: f.totals.revenue_text,
    lifecycle: f.status.customers,
    churn: { churned_customers: f.churn.churned_customers, revenue_lost: f.churn.revenue_lost, pooled_rate: f.pooled.rate },
    needsLines: a.kind === 'customer_days' ? LINE_ONLY : null,
  };
}

export type Summary = ReturnType<typeof summarise>;

const number = (v: number, digits = 0) => v.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (v: number) => `${(v * 100).toFixed(1)} %`;

function kpiText(name: (typeof KPI_NAMES)[number], v: number | null, currency: string): string {
  if (v === null) return `— (${en[`kpi.${name}.undefined`]})`;
  const money = (digits: number) => `${number(v, digits)}${currency ? ` ${currency}` : ''}`;
  switch (name) {
    case 'customers':
    case 'orders':
      return number(v);
    case 'revenue':
      return money(2);
    case 'frequency':
      return number(v, 2);
    case 'repeat_rate':
      return percent(v);
    case 'lifespan_months':
      return en['unit.months'].replace('{n}', number(v, 1));
    default:
      return money(2);
  }
}

export function reportText(s: Summary, currency: string): string {
  const q = s.quality;
  const row = (label: string, rows: number | string, value?: number) => `  ${label.padEnd(34)} ${String(rows).padStart(12)}${value === undefined ? '' : `   ${number(value, 2)}`}`;
  const lines = [
    `${en['quality.title']}: ${s.files.join(', ')} (${s.kind === 'customer_days' ? 'one row per customer and day' : 'purchase lines'})`,
    row(en['quality.read'], number(q.rowsRead)),
    row('Lines not split into columns', number(q.malformed)),
    row('Unreadable date', number(q.badDate)),
    row('Unreadable amount', number(q.badAmount)),
    row(en['quality.guest'], number(q.guest.rows), q.guest.value),
    row(en['quality.returns'], number(q.returns.rows), q.returns.value),
    row(en['quality.zero'], number(q.zero)),
    row(en['quality.duplicates'], q.duplicates === null ? 'needs lines' : number(q.duplicates)),
    row(en['quality.kept'], number(q.kept), q.purchases.value),
    `  ${en['quality.dates']}: ${s.range.first_date} — ${s.range.last_date}; as of ${s.asOf}`,
    '',
    `${en['nav.overview']} (${s.range.first_date} — ${s.asOf})`,
    ...KPI_NAMES.map((k) => `  ${en[`kpi.${k}`].padEnd(34)} ${kpiText(k, s.kpis[k], currency)}`),
    '',
    `Lifecycle on ${s.asOf}: ${LIFECYCLE_STATUSES.map((st) => `${en[`status.${st}`]} ${number(s.lifecycle[st])}`).join(', ')}`,
    `Churn in the window: ${number(s.churn.churned_customers)} customers lapsed, ${number(s.churn.revenue_lost, 2)} of revenue lost`,
  ];
  if (s.needsLines) lines.push('', 'Not available from a per-customer-day table:', ...Object.values(s.needsLines).map((why) => `  - ${why}`));
  return lines.join('\n');
}
