import type { Component } from 'svelte';
import type { View } from '../state/router.svelte';
import type { MessageKey } from '../i18n/en';

export type ViewState = 'loading' | 'ready' | 'error';

/** Every view takes `onstate` and reports whether its panels are complete. */
export type ViewComponent = Component<{ onstate: (state: ViewState) => void }>;

type ViewModule = Promise<{ default: ViewComponent }>;

/**
 * The views that exist, in navigation order, with their navigation label. Each view's code (and the chart
 * types it draws) is fetched when the view is first opened, so the first visit downloads only the landing page.
 */
export const VIEW_COMPONENTS: Partial<Record<View, { load: () => ViewModule; label: MessageKey }>> = {
  overview: { load: () => import('./Overview.svelte'), label: 'nav.overview' },
  cohorts: { load: () => import('./Cohorts.svelte'), label: 'nav.cohorts' },
  timing: { load: () => import('../views/timing/Timing.svelte'), label: 'nav.timing' },
  lifecycle: { load: () => import('./Lifecycle.svelte'), label: 'nav.lifecycle' },
  churn: { load: () => import('./Churn.svelte'), label: 'nav.churn' },
  rfm: { load: () => import('./Rfm.svelte'), label: 'nav.rfm' },
  ltv: { load: () => import('./Ltv.svelte'), label: 'nav.ltv' },
  validation: { load: () => import('./Validation.svelte'), label: 'nav.validation' },
  products: { load: () => import('./Products.svelte'), label: 'nav.products' },
  simulator: { load: () => import('./Simulator.svelte'), label: 'nav.simulator' },
  customers: { load: () => import('./Customers.svelte'), label: 'nav.customers' },
  data: { load: () => import('./DataQuality.svelte'), label: 'nav.data' },
};

/** A view's component, fetched on first use (the browser keeps the module once loaded). */
export async function loadView(view: View): Promise<ViewComponent> {
  const entry = VIEW_COMPONENTS[view] ?? VIEW_COMPONENTS.overview!;
  return (await entry.load()).default;
}
