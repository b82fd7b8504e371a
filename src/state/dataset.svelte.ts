import { startEngine } from '../engine/engine';
import { inspectFile, type InspectedFile, type InspectOptions } from '../ingest/inspect';
import { fillDownRoles } from '../ingest/report-rows';
import { loadFiles, type LoadStage } from '../ingest/load';
import { buildPurchases, DEFAULT_CLEANING, type CleaningOptions } from '../ingest/clean';
import { purchaseTotals, qualityReport, type QualityReport } from '../ingest/quality';
import { datasetRange, type DatasetRange } from '../analysis/monthly';
import { guessColumnFormats, type ColumnFormats } from '../ingest/column-formats';
import { missingRequired, type GuessReason } from '../ingest/mapping';
import { firstGuess } from '../ingest/first-guess';
import { platformColumn, type PlatformId } from '../ingest/platforms';
import { buildCustomerDayOrders, customerDayMapping, looksLikeCustomerDays, type InputKind } from '../ingest/customer-days';
import { downloadFile } from '../ingest/download';
import { describeError, type UserMessage } from './messages';
import { TooBigError } from '../ingest/capacity';
import { settings } from './settings.svelte';
import { share } from './share.svelte';
import { i18n } from '../i18n/i18n.svelte';
import type { Mapping, Role } from '../ingest/types';

export type Phase = 'empty' | 'inspecting' | 'mapping' | 'loading' | 'ready';

/** The loaded dataset's life: files → mapping → load → clean tables, and every message about it. */
export class Dataset {
  phase = $state<Phase>('empty');
  files = $state.raw<InspectedFile[]>([]);
  mapping = $state<Mapping | null>(null);
  confidence = $state<Partial<Record<Role, number>>>({});
  /** Why each role got its column (cleared for a role the user changes). */
  reasons = $state<Partial<Record<Role, GuessReason>>>({});
  /** The platform whose export layout was recognised from the header. */
  platform = $state<PlatformId | null>(null);
  /** Read as the customer where the customer column is empty (e-mail → phone); dropped when the customer is re-picked. */
  customerFallback = $state<string | null>(null);
  formats = $state<ColumnFormats | null>(null);
  problems = $state<UserMessage[]>([]);
  stage = $state<LoadStage | null>(null);
  fraction = $state(0);
  cleaning = $state<CleaningOptions>({ ...DEFAULT_CLEANING });
  quality = $state.raw<QualityReport | null>(null);
  range = $state.raw<DatasetRange | null>(null);
  /** Whether the engine holds a loaded dataset to go back to. */
  loaded = $state(false);
  /** Bumps whenever `purchases`/`orders` are rebuilt, so views reload. */
  version = $state(0);
  name = $state('');
  /** Purchase lines, or a table of one row per customer and day (src/ingest/customer-days.ts). */
  kind = $state<InputKind>('lines');

  missing = $derived.by((): Role[] => {
    if (!this.mapping) return [];
    const missing = missingRequired(this.mapping);
    return this.kind === 'customer_days' && !this.mapping.quantity ? [...missing, 'quantity'] : missing;
  });

  /** Reads the dropped files far enough to preview and map them; problems are shown, good files kept. */
  async open(list: File[], options: InspectOptions = {}): Promise<void> {
    this.problems = [];
    this.phase = 'inspecting';
    const inspected: InspectedFile[] = [];
    for (const file of list) {
      const result = await inspectFile(file, options);
      if (result.ok) inspected.push(result.file);
      else this.problems = [...this.problems, describeProblem(result.problem)];
    }
    const first = inspected[0];
    const mismatched = inspected.filter((f) => f.header.join('\u0000') !== first?.header.join('\u0000'));
    for (const file of mismatched) {
      this.problems = [...this.problems, describeProblem({ code: 'shape_mismatch', params: { file: file.name, first: first.name } })];
    }
    const usable = inspected.filter((f) => !mismatched.includes(f));
    if (usable.length === 0) {
      this.phase = this.loaded ? 'ready' : 'empty';
      return;
    }
    const guess = firstGuess(first);
    // A shared link's mapping, when its columns are this file's, replaces the guess and skips this step.
    const linked = share.mappingFor(first.header);
    this.files = usable;
    this.kind = !linked && looksLikeCustomerDays(first.header) ? 'customer_days' : 'lines';
    this.mapping = linked?.mapping ?? (this.kind === 'customer_days' ? customerDayMapping(first.header) : guess.mapping);
    this.confidence = guess.confidence;
    const guessed = !linked && this.kind === 'lines';
    this.reasons = guessed ? guess.reasons : {};
    this.platform = this.kind === 'lines' ? guess.platform : null;
    this.customerFallback = guessed ? guess.customerFallback : null;
    this.formats = guessed ? guess.formats : guessColumnFormats(first, this.mapping);
    if (linked?.decimal) this.formats.decimal = linked.decimal;
    if (linked?.cancel) this.formats.cancelStatuses = [...linked.cancel];
    // The link's currency, else the file's own currency sign, else the UI language's usual currency.
    settings.currency = share.linkCurrency ?? this.formats.currency ?? (i18n.locale === 'ru' ? 'RUB' : 'USD');
    this.name = usable.map((f) => f.name).join(', ');
    this.phase = 'mapping';
    if (linked && this.missing.length === 0) await this.confirm();
  }

  /** Purchase lines or one row per customer and day: the columns are guessed again for that kind. */
  setKind(kind: InputKind) {
    const file = this.files[0];
    if (!file || kind === this.kind) return;
    this.kind = kind;
    const guess = kind === 'lines' ? firstGuess(file) : null;
    this.mapping = guess?.mapping ?? customerDayMapping(file.header);
    this.reasons = guess?.reasons ?? {};
    this.platform = guess?.platform ?? null;
    this.customerFallback = guess?.customerFallback ?? null;
    this.formats = guessColumnFormats(file, this.mapping, this.formats);
  }

  /**
   * Downloads a file (a `?data=` link, the sample store) with progress and opens it like a dropped one (a
   * link's mapping skips the mapping step; `confirmGuess` loads straight away when the guess is complete).
   */
  async openUrl(url: string, confirmGuess = false): Promise<void> {
    this.problems = [];
    share.download = { url, loaded: 0, total: null };
    try {
      const result = await downloadFile(url, document.baseURI, (loaded, total) => (share.download = { url, loaded, total }));
      if (!result.ok) {
        this.problems = [describeProblem(result.problem)];
        return;
      }
      share.download = null;
      await this.open([result.file]);
      if (confirmGuess && this.phase === 'mapping' && this.missing.length === 0) await this.confirm();
    } finally {
      share.download = null;
    }
  }

  /** Reads another sheet of the (first) workbook. */
  async pickSheet(sheet: string): Promise<void> {
    await this.open(this.files.map((f) => f.original), { sheet });
  }

  /** Reads the (first) file again with its header on another line (sheet row). */
  async pickHeader(line: number): Promise<void> {
    await this.open(this.files.map((f) => f.original), { sheet: this.files[0]?.sheet, headerLine: line });
  }

  setRole(role: Role, column: string | null) {
    if (!this.mapping) return;
    const next = { ...this.mapping };
    for (const r of Object.keys(next) as Role[]) if (next[r] === column && column !== null) next[r] = null;
    next[role] = column;
    this.mapping = next;
    const { [role]: _changed, ...kept } = this.reasons;
    this.reasons = kept;
    if (role === 'customer_id' || column === this.customerFallback) this.customerFallback = null;
    this.formats = guessColumnFormats(this.files[0], next, this.formats);
  }

  /** Loads the mapped files into the engine and builds the clean tables. */
  async confirm(): Promise<void> {
    if (!this.mapping || !this.formats || this.missing.length > 0) return;
    this.phase = 'loading';
    this.problems = [];
    this.fraction = 0;
    try {
      const engine = await startEngine();
      const result = await loadFiles(
        engine,
        {
          files: this.files,
          mapping: this.mapping,
          ...this.formats,
          cleaning: this.cleaning,
          fillDown: fillDownRoles(this.files[0].header, this.files[0].rows, this.mapping),
          refundColumn: platformColumn(this.platform, 'refund', this.files[0].header),
          customerFallback: this.customerFallback,
        },
        (stage, fraction) => {
          this.stage = stage;
          this.fraction = fraction;
        },
      );
      this.formats = { ...this.formats, dateFormat: result.dateFormat, dayMonth: result.dayMonth };
      if (this.kind === 'customer_days') await buildCustomerDayOrders(engine);
      await this.refresh();
      if (!this.range?.last_date) {
        this.problems = [describeProblem({ code: 'nothing_kept', params: { file: this.name } })];
      }
      this.loaded = true;
      this.phase = 'ready';
    } catch (error) {
      this.problems = [describeError(error, i18n.locale)];
      // a failed load may have released the previous data (load.ts frees it first): nothing to go back to
      if (!(error instanceof TooBigError)) this.loaded = false;
      this.phase = 'mapping';
    } finally {
      this.stage = null;
    }
  }

  /** Loads the same files with the same mapping once more (after the engine was lost: src/state/engine-health). */
  async reopen(): Promise<void> {
    if (this.files.length > 0 && this.mapping) await this.confirm();
  }

  async setCleaning(options: CleaningOptions): Promise<void> {
    this.cleaning = options;
    const engine = await startEngine();
    await buildPurchases(engine, options);
    if (this.kind === 'customer_days') await buildCustomerDayOrders(engine);
    // the per-rule counts come from `lines`, which the switches do not touch
    if (this.quality) this.quality = { ...this.quality, purchases: await purchaseTotals(engine) };
    await this.refreshPurchases();
  }

  private async refresh(): Promise<void> {
    this.quality = await qualityReport(
      await startEngine(),
      this.files.map((f) => f.layout),
    );
    await this.refreshPurchases();
  }

  private async refreshPurchases(): Promise<void> {
    this.range = await datasetRange(await startEngine());
    this.version++;
  }

  /** Back to the drop zone, keeping the loaded data until a new file replaces it. */
  cancelMapping() {
    this.phase = this.loaded ? 'ready' : 'empty';
  }
}

function describeProblem(problem: { code: string; params: UserMessage['params'] }): UserMessage {
  return { key: `problem.${problem.code}`, params: problem.params };
}

export const dataset = new Dataset();
