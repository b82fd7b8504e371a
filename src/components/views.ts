import type { Component } from 'svelte';
import type { View } from '../state/router.svelte';
import type { MessageKey } from '../i18n/en';
import Overview from './Overview.svelte';
import DataQuality from './DataQuality.svelte';

export type ViewState = 'loading' | 'ready' | 'error';

/** Every view takes `onstate` and reports whether its panels are complete. */
export type ViewComponent = Component<{ onstate: (state: ViewState) => void }>;

/** The views that exist, in navigation order, with their navigation label. */
export const VIEW_COMPONENTS: Partial<Record<View, { component: ViewComponent; label: MessageKey }>> = {
  overview: { component: Overview, label: 'nav.overview' },
  data: { component: DataQuality, label: 'nav.data' },
};
