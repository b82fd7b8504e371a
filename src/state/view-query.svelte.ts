import type { ReportWindow } from '../analysis/kpis';
import { t, type MessageKey } from '../i18n/i18n.svelte';
import { dataset } from './dataset.svelte';
import { describeError } from './messages';
import { settings } from './settings.svelte';

export type QueryStatus = 'loading' | 'ready' | 'error';

/** What every analysis view is computed for: the as-of date and reporting window of the loaded data. */
export interface Scope {
  asOf: string;
  window: ReportWindow;
  version: number;
}

/** The current scope, or null before any purchase is loaded; reactive inside $derived/$effect. */
export function currentScope(): Scope | null {
  const range = dataset.range;
  if (!range?.first_date || !range.last_date) return null;
  return { asOf: settings.asOfDate(range.last_date), window: settings.window(range.first_date, range.last_date), version: dataset.version };
}

/**
 * A view's data, loaded again whenever what `input` reads changes: results of a superseded load are dropped,
 * failures become a message. Create it while a component initialises (it owns an $effect).
 */
export class ViewQuery<Input, Output> {
  status = $state<QueryStatus>('loading');
  error = $state('');
  data = $state.raw<Output | null>(null);

  constructor(input: () => Input | null, load: (input: Input) => Promise<Output>) {
    $effect(() => {
      const value = input();
      if (value === null) {
        this.status = 'ready';
        return;
      }
      let current = true;
      this.status = 'loading';
      load(value).then(
        (output) => {
          if (!current) return;
          this.data = output;
          this.status = 'ready';
        },
        (failure: unknown) => {
          if (!current) return;
          const message = describeError(failure);
          this.error = t(message.key as MessageKey, message.params);
          this.status = 'error';
        },
      );
      return () => (current = false);
    });
  }
}
