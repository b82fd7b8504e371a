import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker's news for the page (vite.config.ts): a new version has been downloaded and waits for
 * this page to let it take over. Nothing happens before the user says reload.
 */
class AppUpdate {
  ready = $state(false);
  private update: ((reload?: boolean) => Promise<void>) | null = null;

  start(): void {
    this.update = registerSW({ onNeedRefresh: () => (this.ready = true) });
  }

  /** Lets the new version take over; the page reloads once it controls it. */
  async reload(): Promise<void> {
    await this.update?.(true);
  }
}

export const appUpdate = new AppUpdate();
