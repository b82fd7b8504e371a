import type { ReportWindow } from '../analysis/kpis';
import type { LifecycleThresholds } from '../analysis/lifecycle';
import type { TableSource } from '../analysis/tables';
import { t, type MessageKey } from '../i18n/i18n.svelte';
import { dataset } from './dataset.svelte';
import { derived } from './derived.svelte';
import { describeError } from './messages';
import { settings } from './settings.svelte';
import { router } from './router.svelte';
import { share } from './share.svelte';

export type QueryStatus = 'loading' | 'ready' | 'error';

/** What every analysis view is computed for: the as-of date and reporting window of the loaded data. */
export interface Scope {
  asOf: string;
  window: ReportWindow;
  version: number;
}

/** A view's data: a pure function of the scope, the view's options and the tables it reads. */
export type Load<Options, Data> = (scope: Scope, options: Options, tables: TableSource) => Promise<Data>;

/** What a view's options are read from: its own hash keys and the settings (a snapshot reads them too). */
export interface ViewContext {
  filters: Record<string, string>;
  thresholds: LifecycleThresholds;
  minRegulars: number;
  /** Which optional columns the data has. */
  columns: { product: boolean; category: boolean };
}

/** A view's data needs: its options (null = nothing to load) and the pure loader ViewQuery runs. */
export interface ViewData<Options, Data> {
  options(context: ViewContext): Options | null;
  load: Load<Options, Data>;
}

/** The current view context; reactive inside $derived/$effect. */
export function currentContext(): ViewContext {
  const mapping = dataset.mapping;
  return {
    filters: router.filters,
    thresholds: settings.thresholds,
    minRegulars: settings.minRegulars,
    columns: share.snapshot?.columns ?? { product: !!mapping?.product, category: !!mapping?.category },
  };
}

/** The current scope, or null before any purchase is loaded; reactive inside $derived/$effect. */
export function currentScope(): Scope | null {
  const range = dataset.range;
  if (!range?.first_date || !range.last_date) return null;
  return { asOf: settings.asOfDate(range.last_date), window: settings.window(range.first_date, range.last_date), version: dataset.version };
}

/**
 * A view's data, loaded again whenever the scope or what `options` reads changes (options null = nothing to
 * load): results of a superseded load are dropped, failures become a message. Create it while a component
 * initialises (it owns an $effect).
 */
export class ViewQuery<Options, Data> {
  status = $state<QueryStatus>('loading');
  error = $state('');
  data = $state.raw<Data | null>(null);

  constructor(options: () => Options | null, load: Load<Options, Data>, tables: TableSource = derived) {
    $effect(() => {
      const scope = currentScope();
      const value = scope && options();
      if (scope === null || value === null) {
        this.status = 'ready';
        return;
      }
      let current = true;
      this.status = 'loading';
      load(scope, value, tables).then(
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
