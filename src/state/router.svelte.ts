import { isShareKey } from '../share/hash-keys';

/**
 * The URL hash as app state: `#view=<name>` selects a view, other keys filter it (e.g.
 * `#view=customers&status=at_risk`), and `#sample` loads the built-in sample store.
 */
export const VIEWS = [
  'overview',
  'cohorts',
  'timing',
  'lifecycle',
  'churn',
  'rfm',
  'ltv',
  'validation',
  'products',
  'simulator',
  'customers',
  'data',
] as const;
export type View = (typeof VIEWS)[number];

function readHash(): URLSearchParams {
  return new URLSearchParams(typeof location === 'undefined' ? '' : location.hash.replace(/^#/, ''));
}

class Router {
  view = $state<View>(parseView(readHash().get('view')));
  /** The hash's other keys (filters of the current view). */
  filters = $state<Record<string, string>>(readFilters(readHash()));
  wantsSample = readHash().has('sample');

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => {
        const hash = readHash();
        this.view = parseView(hash.get('view'));
        this.filters = readFilters(hash);
      });
    }
  }

  go(view: View, filters: Record<string, string> = {}) {
    const params = new URLSearchParams({ view, ...filters });
    history.replaceState(null, '', `#${params}`);
    this.view = view;
    this.filters = filters;
  }
}

function parseView(value: string | null): View {
  return (VIEWS as readonly string[]).includes(value ?? '') ? (value as View) : 'overview';
}

/** The current view's own keys: not the settings, file and mapping keys of a share link (src/share/hash-keys.ts). */
function readFilters(hash: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...hash].filter(([key]) => !isShareKey(key)));
}

export const router = new Router();
