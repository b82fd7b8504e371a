/**
 * Every view, once, in navigation order: its id (`#view=<id>`), navigation label, component, the data it
 * loads, and how it takes part in a snapshot —
 *   'queries'  its loader runs once against a recording engine (src/views/snapshot.ts); a view reads only
 *              aggregates through `data.load`, so the recorded rows replay it exactly;
 *   'dataset'  it shows the snapshot's dataset summary (no queries);
 *   'left-out' it is built on individual customers or orders and says it is not in a snapshot.
 * A new view: a folder with the component and its load.ts, and one entry here.
 */
import type { MessageKey } from '../i18n/en';
import type { ViewData } from '../state/view-query.svelte';
import type { ViewComponent } from './view-types';
import { timingData } from './timing/load';
import { overviewData } from './overview/load';
import { cohortData } from './cohorts/load';
import { lifecycleData } from './lifecycle/load';
import { churnData } from './churn/load';
import { rfmData } from './rfm/load';
import { productData } from './products/load';
import { FIRST_PRODUCTS_IN_LINK, FIRST_PRODUCTS_IN_SNAPSHOT, PRODUCTS_IN_LINK } from '../share/snapshot-limits';
import productTableSql from '../analysis/sql/product-table.sql?raw';
import firstProductsSql from '../analysis/sql/cohort-first-products.sql?raw';

/** A recorded query cut to its first rows (what the view shows first) so that a snapshot fits a link. */
export interface SnapshotCut {
  sql: string;
  rows: number;
}

export type ViewEntry = {
  id: string;
  label: MessageKey;
  /** The view's code, fetched when it is first opened (code splitting: the first visit loads only the landing page). */
  component: () => Promise<{ default: ViewComponent }>;
} & (
  | { snapshot: 'queries'; data: ViewData<unknown, unknown>; /** Always cut. */ limits?: SnapshotCut[]; /** Cut only for the link. */ linkCuts?: SnapshotCut[] }
  | { snapshot: 'dataset' | 'left-out' }
);

const data = <O, D>(d: ViewData<O, D>) => d as ViewData<unknown, unknown>;

export const VIEWS: readonly ViewEntry[] = [
  { id: 'overview', label: 'nav.overview', component: () => import('./overview/Overview.svelte'), snapshot: 'queries', data: data(overviewData) },
  {
    id: 'cohorts', label: 'nav.cohorts', component: () => import('./cohorts/Cohorts.svelte'), snapshot: 'queries', data: data(cohortData),
    limits: [{ sql: firstProductsSql, rows: FIRST_PRODUCTS_IN_SNAPSHOT }],
    linkCuts: [{ sql: firstProductsSql, rows: FIRST_PRODUCTS_IN_LINK }],
  },
  { id: 'timing', label: 'nav.timing', component: () => import('./timing/Timing.svelte'), snapshot: 'queries', data: data(timingData) },
  { id: 'lifecycle', label: 'nav.lifecycle', component: () => import('./lifecycle/Lifecycle.svelte'), snapshot: 'queries', data: data(lifecycleData) },
  { id: 'churn', label: 'nav.churn', component: () => import('./churn/Churn.svelte'), snapshot: 'queries', data: data(churnData) },
  { id: 'rfm', label: 'nav.rfm', component: () => import('./rfm/Rfm.svelte'), snapshot: 'queries', data: data(rfmData) },
  // The customer-value models are fitted on one row per customer: they cannot be rebuilt from aggregates.
  { id: 'ltv', label: 'nav.ltv', component: () => import('./ltv/Ltv.svelte'), snapshot: 'left-out' },
  { id: 'validation', label: 'nav.validation', component: () => import('./validation/Validation.svelte'), snapshot: 'left-out' },
  {
    id: 'products', label: 'nav.products', component: () => import('./products/Products.svelte'), snapshot: 'queries', data: data(productData),
    linkCuts: [{ sql: productTableSql, rows: PRODUCTS_IN_LINK }],
  },
  // The loyalty simulator replays every order (per-order rows): none of it may leave in a snapshot.
  { id: 'simulator', label: 'nav.simulator', component: () => import('./simulator/Simulator.svelte'), snapshot: 'left-out' },
  { id: 'customers', label: 'nav.customers', component: () => import('./customers/Customers.svelte'), snapshot: 'left-out' },
  { id: 'data', label: 'nav.data', component: () => import('./data/DataQuality.svelte'), snapshot: 'dataset' },
];

export const VIEW_IDS: readonly string[] = VIEWS.map((v) => v.id);

/** The entry of a view id (the overview's for an unknown one). */
export function viewEntry(id: string): ViewEntry {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0];
}

/** A view's navigation label key, or null for an id that is not a view. */
export function viewLabel(id: string): MessageKey | null {
  return VIEWS.find((v) => v.id === id)?.label ?? null;
}
