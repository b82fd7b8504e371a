/**
 * The share link's hash ⇄ a plain object: the view and its filters, every setting, the file the link was made
 * from (name, rows), its column mapping, and (for a snapshot link) the packed snapshot. Pure: no DOM, no state.
 * Values that do not parse are left out, so a hand-edited or old link never breaks the page.
 */
import { ROLES, type Role } from '../ingest/types';
import type { WindowKind } from '../analysis/kpis';
import type { Locale } from '../i18n/locales';
import type { LifecycleThresholds as Thresholds } from '../analysis/lifecycle';
import type { CleaningOptions as Cleaning } from '../ingest/clean';
import { formatSpend, parseSpend, type Spend } from '../analysis/payback';
import { MAPPING_PREFIX, SETTING_KEYS as K } from './hash-keys';

/** Settings as a link carries them; an absent one keeps the recipient's default. */
export interface LinkSettings {
  windowKind?: WindowKind;
  customStart?: string;
  customEnd?: string;
  /** '' = the last purchase date in the data. */
  asOf?: string;
  /** A fraction (0.3 = 30 %). */
  margin?: number;
  currency?: string;
  locale?: Locale;
  thresholds?: Thresholds;
  cleaning?: Cleaning;
  /** Product churn: products with at least this many regulars. */
  minRegulars?: number;
  /** Marketing spend per month (payback). */
  spend?: Spend;
}

export interface LinkMapping {
  columns: Partial<Record<Role, string>>;
  decimal?: '.' | ',';
  /** Status values that mean cancelled or returned. */
  cancel?: string[];
}

export interface ShareLink {
  view?: string;
  filters: Record<string, string>;
  settings: LinkSettings;
  /** The file the link was made from: its name and the data rows read from it. */
  file?: { name: string; rows: number };
  mapping?: LinkMapping;
  /** A packed aggregates-only snapshot (snapshot-codec.ts). */
  snapshot?: string;
  /** `#sample`: open the built-in sample store. */
  sample?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WINDOWS: readonly WindowKind[] = ['all', 'last12', 'custom'];
const CLEANING_WORDS = { keepZeroAmounts: 'zero', dropDuplicates: 'dedup' } as const;

/** The hash text (without '#') for a link. Keys are written in one fixed order. */
export function encodeHash(link: ShareLink): string {
  const p = new URLSearchParams();
  const s = link.settings;
  if (link.sample) p.set(K.sample, '');
  if (link.view) p.set(K.view, link.view);
  for (const [key, value] of Object.entries(link.filters)) p.set(key, value);
  if (s.windowKind) p.set(K.window, s.windowKind);
  if (s.windowKind === 'custom' || s.customStart || s.customEnd) {
    if (s.customStart) p.set(K.windowFrom, s.customStart);
    if (s.customEnd) p.set(K.windowTo, s.customEnd);
  }
  if (s.asOf !== undefined) p.set(K.asOf, s.asOf);
  // in percent, as the simulator's link contract writes it (`margin=30`)
  if (s.margin !== undefined) p.set(K.margin, String(Math.round(s.margin * 1e10) / 1e8));
  if (s.currency) p.set(K.currency, s.currency);
  if (s.locale) p.set(K.locale, s.locale);
  if (s.thresholds) p.set(K.thresholds, [s.thresholds.new, s.thresholds.due, s.thresholds.at_risk, s.thresholds.lost].join(','));
  if (s.cleaning) {
    const words = (Object.keys(CLEANING_WORDS) as (keyof Cleaning)[]).filter((k) => s.cleaning![k]).map((k) => CLEANING_WORDS[k]);
    p.set(K.cleaning, words.join(','));
  }
  if (s.minRegulars !== undefined) p.set(K.minRegulars, String(s.minRegulars));
  if (s.spend !== undefined) p.set(K.spend, formatSpend(s.spend));
  if (link.file) {
    p.set(K.file, link.file.name);
    p.set(K.fileRows, String(link.file.rows));
  }
  if (link.mapping) {
    for (const role of ROLES) {
      const column = link.mapping.columns[role];
      if (column) p.set(MAPPING_PREFIX + role, column);
    }
    if (link.mapping.decimal) p.set(K.decimal, link.mapping.decimal);
    for (const status of link.mapping.cancel ?? []) p.append(K.cancel, status);
  }
  if (link.snapshot) p.set(K.snapshot, link.snapshot);
  // A bare flag reads better as `#sample` than `#sample=`.
  return p.toString().replace(/(^|&)sample=(?=&|$)/, '$1sample');
}

/** Reads a hash (with or without '#'); unknown keys become the view's filters. */
export function decodeHash(hash: string, isOwnKey: (key: string) => boolean): ShareLink {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const link: ShareLink = { filters: {}, settings: {} };
  const s = link.settings;
  for (const [key, value] of p) if (!isOwnKey(key)) link.filters[key] = value;
  if (p.has(K.sample)) link.sample = true;
  const view = p.get(K.view);
  if (view) link.view = view;

  const window = p.get(K.window);
  if (WINDOWS.includes(window as WindowKind)) s.windowKind = window as WindowKind;
  const from = p.get(K.windowFrom);
  const to = p.get(K.windowTo);
  if (from && DATE.test(from)) s.customStart = from;
  if (to && DATE.test(to)) s.customEnd = to;
  const asOf = p.get(K.asOf);
  if (asOf !== null && (asOf === '' || DATE.test(asOf))) s.asOf = asOf;
  const margin = numberOf(p.get(K.margin));
  if (margin !== null && margin >= 0 && margin <= 100) s.margin = margin / 100;
  const currency = p.get(K.currency);
  if (currency && /^[A-Z]{3}$/.test(currency)) s.currency = currency;
  const locale = p.get(K.locale);
  if (locale === 'en' || locale === 'ru') s.locale = locale;
  const th = p.get(K.thresholds)?.split(',').map(numberOf);
  if (th && th.length === 4 && th.every((x) => x !== null && x > 0)) {
    const [n, due, risk, lost] = th as number[];
    if (due <= risk && risk <= lost) s.thresholds = { new: n, due, at_risk: risk, lost };
  }
  const cleaning = p.get(K.cleaning);
  if (cleaning !== null) {
    const words = cleaning.split(',');
    s.cleaning = { keepZeroAmounts: words.includes(CLEANING_WORDS.keepZeroAmounts), dropDuplicates: words.includes(CLEANING_WORDS.dropDuplicates) };
  }
  const minRegulars = numberOf(p.get(K.minRegulars));
  if (minRegulars !== null && Number.isInteger(minRegulars) && minRegulars >= 1) s.minRegulars = minRegulars;
  const spend = p.get(K.spend);
  if (spend !== null) s.spend = parseSpend(spend);

  const name = p.get(K.file);
  const rows = numberOf(p.get(K.fileRows));
  if (name) link.file = { name, rows: rows !== null && Number.isInteger(rows) && rows >= 0 ? rows : -1 };

  const columns: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    const column = p.get(MAPPING_PREFIX + role);
    if (column) columns[role] = column;
  }
  if (Object.keys(columns).length > 0) {
    const decimal = p.get(K.decimal);
    link.mapping = { columns, cancel: p.getAll(K.cancel) };
    if (decimal === '.' || decimal === ',') link.mapping.decimal = decimal;
  }
  const snapshot = p.get(K.snapshot);
  if (snapshot) link.snapshot = snapshot;
  return link;
}

function numberOf(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
