import { startEngine } from '../engine/engine';
import { inspectFile, type InspectedFile } from '../ingest/inspect';
import { loadFiles, type LoadStage } from '../ingest/load';
import { buildPurchases, DEFAULT_CLEANING, type CleaningOptions } from '../ingest/clean';
import { purchaseTotals, qualityReport, type QualityReport } from '../ingest/quality';
import { datasetRange, type DatasetRange } from '../analysis/monthly';
import { guessColumnFormats, type ColumnFormats } from '../ingest/column-formats';
import { guessMapping, missingRequired } from '../ingest/mapping';
import { downloadFile } from '../ingest/download';
import { describeError, type UserMessage } from './messages';
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
  formats = $state<ColumnFormats | null>(null);
  problems = $state<UserMessage[]>([]);
  stage = $state<LoadStage | null>(null);
  fraction = $state(0);
  cleaning = $state<CleaningOptions>({ ...DEFAULT_CLEANING });
  quality = $state.raw<QualityReport | null>(null);
  range = $state.raw<DatasetRange | null>(null);
  /** Bumps whenever `purchases`/`orders` are rebuilt, so views reload. */
  version = $state(0);
  name = $state('');

  missing = $derived(this.mapping ? missingRequired(this.mapping) : []);

  /** Reads the dropped files far enough to preview and map them; problems are shown, good files kept. */
  async open(list: File[], sheet?: string): Promise<void> {
    this.problems = [];
    this.phase = 'inspecting';
    const inspected: InspectedFile[] = [];
    for (const file of list) {
      const result = await inspectFile(file, sheet);
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
      this.phase = this.version > 0 ? 'ready' : 'empty';
      return;
    }
    const guess = guessMapping(first.header, first.rows);
    // A shared link's mapping, when its columns are this file's, replaces the guess and skips this step.
    const linked = share.mappingFor(first.header);
    this.files = usable;
    this.mapping = linked?.mapping ?? guess.mapping;
    this.confidence = guess.confidence;
    this.formats = guessColumnFormats(first, this.mapping);
    if (linked?.decimal) this.formats.decimal = linked.decimal;
    if (linked?.cancel) this.formats.cancelStatuses = [...linked.cancel];
    // The link's currency, else the file's own currency sign, else the UI language's usual currency.
    settings.currency = share.linkCurrency ?? this.formats.currency ?? (i18n.locale === 'ru' ? 'RUB' : 'USD');
    this.name = usable.map((f) => f.name).join(', ');
    this.phase = 'mapping';
    if (linked && this.missing.length === 0) await this.confirm();
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
    await this.open(this.files.map((f) => f.original), sheet);
  }

  setRole(role: Role, column: string | null) {
    if (!this.mapping) return;
    const next = { ...this.mapping };
    for (const r of Object.keys(next) as Role[]) if (next[r] === column && column !== null) next[r] = null;
    next[role] = column;
    this.mapping = next;
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
        { files: this.files, mapping: this.mapping, ...this.formats, cleaning: this.cleaning },
        (stage, fraction) => {
          this.stage = stage;
          this.fraction = fraction;
        },
      );
      this.formats = { ...this.formats, dateFormat: result.dateFormat, dayMonth: result.dayMonth };
      await this.refresh();
      if (!this.range?.last_date) {
        this.problems = [describeProblem({ code: 'nothing_kept', params: { file: this.name } })];
      }
      this.phase = 'ready';
    } catch (error) {
      this.problems = [describeError(error)];
      this.phase = 'mapping';
    } finally {
      this.stage = null;
    }
  }

  async setCleaning(options: CleaningOptions): Promise<void> {
    this.cleaning = options;
    const engine = await startEngine();
    await buildPurchases(engine, options);
    // the per-rule counts come from `lines`, which the switches do not touch
    if (this.quality) this.quality = { ...this.quality, purchases: await purchaseTotals(engine) };
    await this.refreshPurchases();
  }

  private async refresh(): Promise<void> {
    this.quality = await qualityReport(await startEngine());
    await this.refreshPurchases();
  }

  private async refreshPurchases(): Promise<void> {
    this.range = await datasetRange(await startEngine());
    this.version++;
  }

  /** Back to the drop zone, keeping the loaded data until a new file replaces it. */
  cancelMapping() {
    this.phase = this.version > 0 ? 'ready' : 'empty';
  }
}

function describeProblem(problem: { code: string; params: UserMessage['params'] }): UserMessage {
  return { key: `problem.${problem.code}`, params: problem.params };
}

export const dataset = new Dataset();
