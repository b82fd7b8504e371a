import type { Component } from 'svelte';

export type ViewState = 'loading' | 'ready' | 'error';

/** Every view takes `onstate` and reports whether its panels are complete. */
export type ViewComponent = Component<{ onstate: (state: ViewState) => void }>;
