import { i18n } from '../../i18n/i18n.svelte';

/** The currency's short sign as the UI language writes it (₽, $, £…), for units beside input fields. */
export function currencySymbol(currency: string): string {
  const parts = new Intl.NumberFormat(i18n.locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}
