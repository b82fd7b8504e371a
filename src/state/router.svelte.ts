/** The URL hash as app state: `#view=<name>` selects a view, `#sample` loads the built-in sample store. */
export const VIEWS = ['overview', 'data'] as const;
export type View = (typeof VIEWS)[number];

function readHash(): URLSearchParams {
  return new URLSearchParams(typeof location === 'undefined' ? '' : location.hash.replace(/^#/, ''));
}

class Router {
  view = $state<View>(parseView(readHash().get('view')));
  wantsSample = readHash().has('sample');

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => (this.view = parseView(readHash().get('view'))));
    }
  }

  go(view: View) {
    const params = readHash();
    params.set('view', view);
    history.replaceState(null, '', `#${params.toString().replace(/=(&|$)/g, '$1')}`);
    this.view = view;
  }
}

function parseView(value: string | null): View {
  return (VIEWS as readonly string[]).includes(value ?? '') ? (value as View) : 'overview';
}

export const router = new Router();
