import { mount, unmount } from 'svelte';
import type { ViewComponent, ViewState } from './views';

const POLL_MS = 50;
/** A view counts as done when it has not been loading for this many polls in a row. */
const SETTLED_POLLS = 3;

/**
 * Renders a view off-screen until it reports it is complete (or fails, or the time is up), then removes it:
 * how a snapshot records the queries each view runs.
 */
export async function renderHidden(component: ViewComponent, timeoutMs = 60_000): Promise<ViewState | 'timeout'> {
  const host = document.createElement('div');
  host.inert = true;
  host.setAttribute('aria-hidden', 'true');
  host.dataset.snapshotStage = '';
  Object.assign(host.style, { position: 'fixed', left: '-20000px', top: '0', width: '1200px', visibility: 'hidden', pointerEvents: 'none' });
  document.body.append(host);
  let state: ViewState = 'loading';
  const instance = mount(component, { target: host, props: { onstate: (s: ViewState) => (state = s) } });
  try {
    const started = Date.now();
    let settled = 0;
    while (Date.now() - started < timeoutMs) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      settled = state === 'loading' ? 0 : settled + 1;
      if (settled >= SETTLED_POLLS) return state;
    }
    return 'timeout';
  } finally {
    await unmount(instance);
    host.remove();
  }
}
