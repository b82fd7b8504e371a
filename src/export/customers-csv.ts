import type { CustomerRow } from '../analysis/customers';
import { CSV_STYLE, csvText, downloadCsv } from './csv';
import { i18n, t, type MessageKey } from '../i18n/i18n.svelte';

/** The filtered customers list as a CSV ready for an e-mail or SMS campaign tool. */
export function exportCustomers(rows: CustomerRow[], trendMonths: number): void {
  const header = [
    t('col.customer'),
    t('col.first'),
    t('col.last'),
    t('col.orders'),
    t('col.revenue'),
    t('col.interval'),
    t('col.since'),
    t('col.status'),
    t('col.rfm'),
    t('col.segment'),
    t('col.recent', { n: trendMonths }),
    t('col.previous', { n: trendMonths }),
    t('col.nextPurchase'),
    t('col.pBuy30'),
  ];
  const body = rows.map((r) => [
    r.customer_id,
    r.first_day,
    r.last_day,
    r.orders,
    r.revenue,
    r.typical_interval,
    r.days_since,
    t(`status.${r.status}`),
    r.r === null ? null : `${r.r}${r.f}${r.m}`,
    r.segment ? t(`segment.${r.segment}` as MessageKey) : null,
    r.recent,
    r.previous,
    r.next_purchase,
    r.p_buy,
  ]);
  downloadCsv(`ottok-customers-${new Date().toISOString().slice(0, 10)}.csv`, csvText(header, body, CSV_STYLE[i18n.locale]));
}
