import { en, type MessageKey } from './en';
import { ru } from './ru';

import type { Locale } from './locales';

export type { Locale };
export type { MessageKey };

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, ru };

function browserLocale(): Locale {
  const lang = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return lang.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** One Intl formatter per locale and options: building them is far slower than using them (big tables). */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter as T;
}

/** The UI language and every locale-aware formatter; all UI text goes through `t`. */
class I18n {
  locale = $state<Locale>(browserLocale());

  t = (key: MessageKey, params: Record<string, string | number> = {}): string => {
    const template = dictionaries[this.locale][key] ?? en[key] ?? key;
    // A value ending in a full stop ("7 дек. 2026 г.") before the sentence's own full stop: one stop, not "г..".
    return template.replace(/\{(\w+)\}(\.?)/g, (_, name: string, stop: string) => {
      if (!(name in params)) return `{${name}}${stop}`;
      const value = String(typeof params[name] === 'number' ? this.number(params[name] as number) : params[name]);
      return stop && value.endsWith('.') ? value : value + stop;
    });
  };

  private numberFormat(kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    return cached(`${this.locale}|${kind}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(this.locale, options));
  }

  number = (value: number, digits = 0): string =>
    this.numberFormat('n', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);

  decimal = (value: number, digits = 2): string =>
    this.numberFormat('d', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);

  percent = (value: number, digits = 1): string =>
    this.numberFormat('p', { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);

  money = (value: number, currency: string, digits = 0): string =>
    this.numberFormat('m', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    }).format(value);

  /** Axis labels: 1.2K, 3M (1,2 тыс., 3 млн). */
  compact = (value: number, currency?: string): string =>
    this.numberFormat('c', currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol', notation: 'compact' } : { notation: 'compact' }).format(value);

  /** A YYYY-MM-DD date as the locale writes it. */
  date = (iso: string): string =>
    cached(`${this.locale}|date`, () => new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(
      new Date(`${iso.slice(0, 10)}T00:00:00Z`),
    );

  /** A YYYY-MM month as a short label ("Dec 2010", "дек. 2010"). */
  month = (yyyyMm: string): string =>
    cached(`${this.locale}|month`, () => new Intl.DateTimeFormat(this.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })).format(
      new Date(`${yyyyMm}-01T00:00:00Z`),
    );
}

export const i18n = new I18n();
export const t = i18n.t;
