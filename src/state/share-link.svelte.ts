/**
 * The app's state ⇄ a share link (src/share/hash-codec.ts): what the hash carries now, what "Copy link"
 * copies, and applying an opened link's settings.
 */
import { DEFAULT_MARGIN } from '../analysis/kpis';
import { DEFAULT_THRESHOLDS } from '../analysis/lifecycle';
import { DEFAULT_MIN_REGULARS } from '../analysis/products';
import { DEFAULT_CLEANING, type CleaningOptions } from '../ingest/clean';
import { ROLES } from '../ingest/types';
import { i18n } from '../i18n/i18n.svelte';
import { encodeHash, type LinkSettings, type ShareLink } from '../share/hash-codec';
import { CURRENCIES, settings } from './settings.svelte';
import { router } from './router.svelte';
import { dataset } from './dataset.svelte';
import { SAMPLE_NAME } from './sample';
import { share } from './share.svelte';

const sameCleaning = (a: CleaningOptions, b: CleaningOptions) => a.keepZeroAmounts === b.keepZeroAmounts && a.dropDuplicates === b.dropDuplicates;

function browserLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Every setting; `full` = also those at their defaults (a copied link must not depend on the recipient's). */
export function currentSettings(full: boolean): LinkSettings {
  const s: LinkSettings = {};
  const th = settings.thresholds;
  if (full || settings.windowKind !== 'all') s.windowKind = settings.windowKind;
  if (settings.windowKind === 'custom') {
    s.customStart = settings.customStart;
    s.customEnd = settings.customEnd;
  }
  if (full || settings.asOf) s.asOf = settings.asOf;
  if (full || settings.margin !== DEFAULT_MARGIN) s.margin = settings.margin;
  if (full || dataset.version > 0 || share.linkCurrency) s.currency = settings.currency;
  if (full || i18n.locale !== browserLocale()) s.locale = i18n.locale;
  if (full || (Object.keys(DEFAULT_THRESHOLDS) as (keyof typeof th)[]).some((k) => th[k] !== DEFAULT_THRESHOLDS[k])) {
    s.thresholds = { new: th.new, due: th.due, at_risk: th.at_risk, lost: th.lost };
  }
  if (full || !sameCleaning(dataset.cleaning, DEFAULT_CLEANING)) s.cleaning = { ...dataset.cleaning };
  if (full || settings.minRegulars !== DEFAULT_MIN_REGULARS) s.minRegulars = settings.minRegulars;
  if (full || Object.keys(settings.spend).length > 0) s.spend = { ...settings.spend };
  return s;
}

/** The link for the current state: view, filters, settings, and the loaded file with its mapping (or a snapshot). */
export function currentLink(full: boolean, hasSampleFlag = false): ShareLink {
  const link: ShareLink = { view: router.view, filters: { ...router.filters }, settings: currentSettings(full) };
  if (share.snapshot) {
    if (share.snapshot.packed) link.snapshot = share.snapshot.packed;
    return link;
  }
  const q = dataset.quality;
  if (dataset.version > 0 && q && dataset.mapping) {
    link.file = { name: dataset.name, rows: q.rowsRead };
    const columns = Object.fromEntries(ROLES.flatMap((role) => (dataset.mapping![role] ? [[role, dataset.mapping![role]!]] : [])));
    link.mapping = { columns, decimal: dataset.formats?.decimal, cancel: dataset.formats?.cancelStatuses ?? [] };
  } else if (share.expected) {
    link.file = share.expected;
    if (share.linkMapping) link.mapping = share.linkMapping;
  } else if (share.linkMapping) {
    link.mapping = share.linkMapping;
  }
  if (hasSampleFlag && (dataset.version === 0 || dataset.name === SAMPLE_NAME)) link.sample = true;
  return link;
}

/** Applies a link's settings (only those it carries). */
export function applySettings(s: LinkSettings): void {
  if (s.windowKind) settings.windowKind = s.windowKind;
  if (s.customStart !== undefined) settings.customStart = s.customStart;
  if (s.customEnd !== undefined) settings.customEnd = s.customEnd;
  if (s.asOf !== undefined) settings.asOf = s.asOf;
  if (s.margin !== undefined) settings.setMargin(s.margin);
  if (s.currency && (CURRENCIES as readonly string[]).includes(s.currency)) settings.currency = s.currency;
  if (s.locale) i18n.locale = s.locale;
  if (s.thresholds) settings.thresholds = { ...s.thresholds };
  if (s.minRegulars !== undefined) settings.minRegulars = s.minRegulars;
  if (s.spend !== undefined) settings.spend = { ...s.spend };
  if (s.cleaning && !sameCleaning(s.cleaning, dataset.cleaning)) {
    if (dataset.version === 0 || share.snapshot) dataset.cleaning = { ...s.cleaning };
    else void dataset.setCleaning({ ...s.cleaning });
  }
}

/** A link opened in a new page: its settings now; its file, mapping and currency for the next file loaded. */
export function applyOpenedLink(link: ShareLink, expectFile: boolean): void {
  applySettings(link.settings);
  if (link.settings.currency && (CURRENCIES as readonly string[]).includes(link.settings.currency)) share.linkCurrency = link.settings.currency;
  if (link.mapping) share.linkMapping = link.mapping;
  if (link.file && expectFile) share.expected = link.file;
}

/** The page's address with another hash (the query, e.g. `?data=`, kept unless `withQuery` is false). */
export function pageUrl(hash: string, withQuery = true): string {
  return `${location.origin}${location.pathname}${withQuery ? location.search : ''}${hash ? `#${hash}` : ''}`;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard (permissions, insecure context): the link is shown on the page anyway
  }
}

/** "Copy link": the current view and every setting, with the file's identity and mapping. */
export async function copyLink(): Promise<void> {
  share.savedFile = '';
  share.url = pageUrl(encodeHash(currentLink(true)));
  share.copied = await copyText(share.url);
}
