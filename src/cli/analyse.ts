/**
 * `ottok analyse`: the app's load and analysis on native DuckDB. Files are inspected and mapped as in the
 * mapping step (the guess, then --map), loaded by the app's loadFiles, cleaned and reported by the app's SQL,
 * and the snapshot-able views' queries are recorded into the app's snapshot format.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { datasetRange, type DatasetRange } from '../analysis/monthly';
import { buildCohorts } from '../analysis/cohorts';
import { buildCustomerSummary, buildPurchaseDays } from '../analysis/purchase-days';
import { buildRfm } from '../analysis/rfm';
import { DEFAULT_THRESHOLDS } from '../analysis/lifecycle';
import { kpisFrom, type Kpis } from '../analysis/kpis';
import { loadFiles } from '../ingest/load';
import { guessMapping, missingRequired } from '../ingest/mapping';
import { guessColumnFormats, type ColumnFormats } from '../ingest/column-formats';
import { qualityReport, type QualityReport } from '../ingest/quality';
import { buildCustomerDayOrders, customerDayMapping, looksLikeCustomerDays, type InputKind } from '../ingest/customer-days';
import type { InspectedFile } from '../ingest/inspect';
import type { CleaningOptions } from '../ingest/clean';
import type { FileProblem, Mapping, Role } from '../ingest/types';
import type { CliOptions } from './args';
import { expandInputs, InputError, inspectPath } from './inputs';
import { nodeEngine, type NodeEngine } from './node-engine';
import type { ViewFigures, ViewScope } from './view-queries';
import { recordSnapshot } from './record-snapshot';
import type { Snapshot } from '../share/snapshot-codec';

/** A problem with the input, in the app's words (src/i18n: `problem.<code>`). */
export class ProblemError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.code);
  }
}

export interface Analysis {
  kind: InputKind;
  files: InspectedFile[];
  mapping: Mapping;
  formats: ColumnFormats;
  cleaning: CleaningOptions;
  quality: QualityReport;
  range: DatasetRange;
  scope: ViewScope;
  kpis: Kpis;
  figures: ViewFigures;
  snapshot: Snapshot;
}

export type Progress = (message: string) => void;

/** Runs `work` with a native engine in its own scratch directory, removed afterwards. */
export async function withEngine<T>(options: CliOptions, work: (engine: NodeEngine, workDir: string) => Promise<T>): Promise<T> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'ottok-'));
  const engine = await nodeEngine({ workDir, threads: options.threads ?? undefined, memoryLimit: options.memoryLimit ?? undefined }).catch(
    async (error: unknown) => {
      await rm(workDir, { recursive: true, force: true });
      throw error;
    },
  );
  try {
    return await work(engine, workDir);
  } finally {
    await engine.close();
  }
}

async function inspectAll(paths: string[], engine: NodeEngine, workDir: string, progress: Progress): Promise<InspectedFile[]> {
  const files: InspectedFile[] = [];
  for (const [index, file] of paths.entries()) {
    progress(`inspecting ${file}`);
    const result = await inspectPath(file, engine, workDir, index);
    if (!result.ok) throw new ProblemError(result.problem);
    if (files.length && result.file.header.join('\u0000') !== files[0].header.join('\u0000')) {
      throw new ProblemError({ code: 'shape_mismatch', params: { file: result.file.name, first: files[0].name } });
    }
    files.push(result.file);
  }
  return files;
}

/** The mapping step without a screen: the guess (or the extract's names), then --map, then the required check. */
export function chooseMapping(file: InspectedFile, options: CliOptions): { kind: InputKind; mapping: Mapping } {
  const kind = options.kind ?? (looksLikeCustomerDays(file.header) ? 'customer_days' : 'lines');
  const mapping = kind === 'customer_days' ? customerDayMapping(file.header) : guessMapping(file.header, file.rows).mapping;
  for (const [role, column] of Object.entries(options.map) as [Role, string][]) {
    if (!file.header.includes(column)) {
      throw new InputError(`--map: “${file.name}” has no column “${column}”. Its columns: ${file.header.join(', ')}.`);
    }
    for (const r of Object.keys(mapping) as Role[]) if (mapping[r] === column) mapping[r] = null;
    mapping[role] = column;
  }
  const missing = missingRequired(mapping);
  if (kind === 'customer_days' && !mapping.quantity) missing.push('quantity');
  if (missing.length) {
    const names = kind === 'customer_days' ? { customer_id: 'customer', order_ts: 'day', amount: 'revenue', quantity: 'orders' } : { customer_id: 'customer', order_ts: 'date', amount: 'amount (or quantity and price)' };
    const what = missing.map((r) => (names as Record<string, string>)[r] ?? r).join(', ');
    throw new InputError(`“${file.name}”: no column found for ${what}. Name it with --map, e.g. --map customer=${file.header[0]}. Columns: ${file.header.join(', ')}.`);
  }
  return { kind, mapping };
}

export async function analyse(options: CliOptions, engine: NodeEngine, workDir: string, progress: Progress): Promise<Analysis> {
  const files = await inspectAll(await expandInputs(options.files), engine, workDir, progress);
  const { kind, mapping } = chooseMapping(files[0], options);
  progress(`${kind === 'customer_days' ? 'per-customer-day table' : 'purchase lines'}; columns: ${describeMapping(mapping, kind)}`);
  let formats = guessColumnFormats(files[0], mapping);
  const cleaning = { keepZeroAmounts: options.keepZeroAmounts, dropDuplicates: options.dropDuplicates };
  // one line per stage and per tenth of it (stderr is often a log file, not a terminal)
  let last = { stage: '', step: -1 };
  const result = await loadFiles(engine, { files, mapping, ...formats, cleaning }, (stage, fraction) => {
    const step = Math.floor(fraction * 10);
    if (stage === last.stage && step === last.step) return;
    last = { stage, step };
    progress(`${stage} ${Math.round(fraction * 100)} %`);
  });
  formats = { ...formats, dateFormat: result.dateFormat, dayMonth: result.dayMonth };
  if (kind === 'customer_days') await buildCustomerDayOrders(engine);
  progress('data-quality report');
  const quality = await qualityReport(engine);
  const range = await datasetRange(engine);
  const name = files.map((f) => f.name).join(', ');
  if (!range.first_date || !range.last_date) throw new ProblemError({ code: 'nothing_kept', params: { file: name } });
  const asOf = options.asOf ?? range.last_date;
  if (asOf < range.first_date) throw new InputError(`--as-of ${asOf} is before the first purchase (${range.first_date}).`);
  const scope: ViewScope = { asOf, window: { start: range.first_date, end: asOf }, thresholds: DEFAULT_THRESHOLDS };
  progress('per-customer tables');
  await buildPurchaseDays(engine);
  await buildCohorts(engine);
  await buildCustomerSummary(engine, asOf);
  await buildRfm(engine, asOf);
  progress('views');
  const currency = options.currency ?? formats.currency ?? '';
  const recorded = await recordSnapshot(engine, scope, {
    name, files, range, quality, formats, cleaning, kind,
    columns: { product: !!mapping.product, category: !!mapping.category },
    settings: { margin: options.margin, currency, asOf: options.asOf ?? '' },
  });
  const kpis = kpisFrom(recorded.figures.totals, scope.window, options.margin);
  return { kind, files, mapping, formats, cleaning, quality, range, scope, kpis, figures: recorded.figures, snapshot: recorded.snapshot };
}

function describeMapping(mapping: Mapping, kind: InputKind): string {
  const label = (role: Role) => (kind === 'customer_days' ? ({ order_ts: 'day', amount: 'revenue', quantity: 'orders' } as Record<string, string>)[role] : undefined) ?? role;
  return (Object.entries(mapping) as [Role, string | null][])
    .filter(([, column]) => column)
    .map(([role, column]) => `${label(role)}=${column}`)
    .join(', ');
}
