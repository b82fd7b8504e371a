import { onEngineLost } from '../engine/engine';
import type { LostReason } from '../engine/worker-watch';
import { dataset } from './dataset.svelte';

/**
 * Whether the engine's worker was lost with the loaded data in it, and the way back: the same files (still
 * held by the page), mapping and cleaning switches are loaded into a new engine. Settings, scenarios and the
 * view live in the URL hash and in state outside the engine, so nothing the user chose is lost.
 */
class EngineHealth {
  private loss = $state<{ reason: LostReason; version: number } | null>(null);
  /** Why the engine holding the current data was lost; null while it lives (or once any data is loaded anew). */
  lost = $derived(this.loss && this.loss.version === dataset.version ? this.loss.reason : null);

  constructor() {
    onEngineLost((reason) => {
      // Lost before anything was loaded: the next load simply starts a new engine.
      if (dataset.version > 0) this.loss = { reason, version: dataset.version };
    });
  }

  async reopen(): Promise<void> {
    this.loss = null;
    await dataset.reopen();
  }
}

export const engineHealth = new EngineHealth();
