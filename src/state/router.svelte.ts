import { isShareKey } from '../share/hash-keys';

/**
 * The URL hash as app state: `#view=<id>` selects a view, other keys filter it (e.g.
 * `#view=customers&status=at_risk`), and `#sample` loads the built-in sample store. The view ids are the
 * registry's (src/views/registry.ts), told once at start-up; an unknown one opens the first view.
 */
export type View = string;

function readHash(): URLSearchParams {
  return new URLSearchParams(typeof location === 'undefined' ? '' : location.hash.replace(/^#/, ''));
}

class Router {
  /** Every view id, in navigation order. */
  views: readonly string[] = ['overview'];
  view = $state<View>('overview');
  /** The hash's other keys (filters of the current view). */
  filters = $state<Record<string, string>>(readFilters(readHash()));
  wantsSample = readHash().has('sample');

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => {
        const hash = readHash();
        this.view = this.parseView(hash.get('view'));
        this.filters = readFilters(hash);
      });
    }
  }

  /** The views that exist; call once before the app mounts. */
  setViews(views: readonly string[]): void {
    this.views = views;
    this.view = this.parseView(readHash().get('view'));
  }

  go(view: View, filters: Record<string, string> = {}) {
    const params = new URLSearchParams({ view, ...filters });
    history.replaceState(null, '', `#${params}`);
    this.view = view;
    this.filters = filters;
  }

  private parseView(value: string | null): View {
    return value && this.views.includes(value) ? value : this.views[0];
  }
}

/** The current view's own keys: not the settings, file and mapping keys of a share link (src/share/hash-keys.ts). */
function readFilters(hash: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...hash].filter(([key]) => !isShareKey(key)));
}

export const router = new Router();
