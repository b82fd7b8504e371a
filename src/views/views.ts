import type { Component } from 'svelte';
import type { View } from '../state/router.svelte';
import type { MessageKey } from '../i18n/en';
import Overview from './overview/Overview.svelte';
import DataQuality from './data/DataQuality.svelte';
import Customers from './customers/Customers.svelte';
import Lifecycle from './lifecycle/Lifecycle.svelte';
import Churn from './churn/Churn.svelte';
import Cohorts from './cohorts/Cohorts.svelte';
import Rfm from './rfm/Rfm.svelte';
import Products from './products/Products.svelte';
import Simulator from './simulator/Simulator.svelte';
import Ltv from './ltv/Ltv.svelte';
import Validation from './validation/Validation.svelte';

export type ViewState = 'loading' | 'ready' | 'error';

/** Every view takes `onstate` and reports whether its panels are complete. */
export type ViewComponent = Component<{ onstate: (state: ViewState) => void }>;

/** The views that exist, in navigation order, with their navigation label. */
export const VIEW_COMPONENTS: Partial<Record<View, { component: ViewComponent; label: MessageKey }>> = {
  overview: { component: Overview, label: 'nav.overview' },
  cohorts: { component: Cohorts, label: 'nav.cohorts' },
  lifecycle: { component: Lifecycle, label: 'nav.lifecycle' },
  churn: { component: Churn, label: 'nav.churn' },
  rfm: { component: Rfm, label: 'nav.rfm' },
  ltv: { component: Ltv, label: 'nav.ltv' },
  validation: { component: Validation, label: 'nav.validation' },
  products: { component: Products, label: 'nav.products' },
  simulator: { component: Simulator, label: 'nav.simulator' },
  customers: { component: Customers, label: 'nav.customers' },
  data: { component: DataQuality, label: 'nav.data' },
};
