import { i18n, t, type MessageKey } from '../../i18n/i18n.svelte';
import { settings } from '../../state/settings.svelte';

/** How the products view writes its numbers, in the UI language. */
export const fmt = {
  money: (v: number, digits = 0) => i18n.money(v, settings.currency, digits),
  axisMoney: (v: number) =>
    new Intl.NumberFormat(i18n.locale, { style: 'currency', currency: settings.currency, currencyDisplay: 'narrowSymbol', notation: 'compact' }).format(v),
  share: (v: number) => i18n.percent(v, 0),
  /** A lift as "1.4" (the × or "раза" comes from the message). */
  lift: (v: number) => i18n.decimal(v, v >= 10 ? 0 : 1),
  /** A relative change with its sign: "+29 %", "−12 %". */
  change: (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${i18n.percent(Math.abs(v), 0)}`,
  /** A month as it follows "in": "August 2024", "августе 2024 г.". */
  monthIn: (yyyyMm: string) => t(`products.monthIn.${Number(yyyyMm.slice(5, 7))}` as MessageKey, { year: yyyyMm.slice(0, 4) }),
};
