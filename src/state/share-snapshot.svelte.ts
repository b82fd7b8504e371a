/**
 * "Share a snapshot": every view that can be shared is rendered once, hidden, while a recording engine keeps
 * the rows of its aggregate queries; the privacy screen drops anything with customer or order ids. Opening
 * one swaps in a replaying engine (no DuckDB starts) and restores the dataset's summary, so every view renders
 * the same numbers without the data.
 */
import { startEngine, useEngine } from '../engine/engine';
import { VIEWS, router } from './router.svelte';
import { dataset } from './dataset.svelte';
import { share } from './share.svelte';
import { describeError } from './messages';
import { applySettings, copyText, currentSettings, pageUrl } from './share-link.svelte';
import { VIEW_COMPONENTS } from '../views/views';
import { renderHidden } from '../views/render-hidden';
import { QueryRecorder } from '../share/recorder';
import { replayEngine } from '../share/replay';
import { collectStrings, idValuesAmong, screenQueries } from '../share/privacy';
import { VIEWS_WITHOUT_QUERIES, VIEWS_WITHOUT_SNAPSHOT } from '../share/snapshot-views';
import { FIRST_PRODUCTS_IN_SNAPSHOT } from '../share/snapshot-limits';
import { LINK_BUDGET, packSnapshot, snapshotFromJson, snapshotToJson, unpackSnapshot, type Snapshot, type SnapshotDataset } from '../share/snapshot-codec';
import { decodeHash, encodeHash } from '../share/hash-codec';
import { isShareKey } from '../share/hash-keys';
import { downloadFile } from '../share/fetch-data';
import type { InspectedFile } from '../ingest/inspect';
import firstProductsSql from '../analysis/sql/cohort-first-products.sql?raw';

/** Replaces every string found in `drop` by '' (deep copy). */
function blank<T>(value: T, drop: ReadonlySet<string>): T {
  if (typeof value === 'string') return (drop.has(value.trim()) ? '' : value) as T;
  if (Array.isArray(value)) return value.map((v) => blank(v, drop)) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v, drop)])) as T;
  return value;
}

export async function makeSnapshot(): Promise<Snapshot> {
  const engine = await startEngine();
  const { quality, range } = dataset;
  if (!quality || !range) throw new Error('no data loaded');
  const recorder = new QueryRecorder().limit(firstProductsSql, FIRST_PRODUCTS_IN_SNAPSHOT);
  const skipped = [...VIEWS_WITHOUT_SNAPSHOT, ...VIEWS_WITHOUT_QUERIES];
  useEngine(Promise.resolve(recorder.wrap(engine)));
  try {
    for (const view of VIEWS) {
      const entry = VIEW_COMPONENTS[view];
      if (entry && !skipped.includes(view)) await renderHidden(entry.component);
    }
  } finally {
    useEngine(Promise.resolve(engine));
  }
  const summary: SnapshotDataset = {
    name: dataset.name,
    rows: quality.rowsRead,
    files: dataset.files.map(({ name, format, encoding, delimiter }) => ({ name, format, encoding, delimiter })),
    range,
    // A malformed line is a line of the file: only its number and error travel.
    quality: { ...quality, malformed: { ...quality.malformed, examples: quality.malformed.examples.map((m) => ({ ...m, text: '' })) } },
    formats: dataset.formats,
    cleaning: { ...dataset.cleaning },
  };
  const idValues = await idValuesAmong(engine, collectStrings([summary, ...recorder.entries.values()]));
  const { kept, leftOut } = screenQueries(recorder.entries, { customers: range.customers, idValues });
  return {
    created: new Date().toISOString(),
    view: router.view,
    filters: { ...router.filters },
    settings: currentSettings(true),
    dataset: blank(summary, idValues),
    queries: kept,
    viewsLeftOut: VIEWS.filter((v) => VIEW_COMPONENTS[v] && VIEWS_WITHOUT_SNAPSHOT.includes(v)),
    queriesLeftOut: leftOut.length,
  };
}

/** Offers text as a file download. */
function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The header's "Share a snapshot": a link when it fits, else a `.ottok.json` file. */
export async function shareSnapshot(): Promise<void> {
  share.busy = 'snapshot';
  share.url = '';
  share.savedFile = '';
  share.copied = false;
  try {
    const snapshot = await makeSnapshot();
    const packed = await packSnapshot(snapshot);
    if (packed.length <= LINK_BUDGET) {
      share.url = pageUrl(encodeHash({ view: snapshot.view, filters: snapshot.filters, settings: {}, snapshot: packed }), false);
      share.copied = await copyText(share.url);
    } else {
      share.savedFile = `ottok-snapshot-${snapshot.created.slice(0, 10)}.ottok.json`;
      saveFile(share.savedFile, snapshotToJson(snapshot), 'application/json');
    }
  } catch (error) {
    dataset.problems = [describeError(error)];
  } finally {
    share.busy = null;
  }
}

/** Shows a snapshot: replaying engine, its settings, its dataset summary, read-only. */
export async function openSnapshot(snapshot: Snapshot, packed: string | null, takeView: boolean): Promise<void> {
  useEngine(Promise.resolve(replayEngine(snapshot.queries)));
  const d = snapshot.dataset;
  share.settleLink();
  share.snapshot = {
    created: snapshot.created,
    name: d.name,
    rows: d.rows,
    viewsLeftOut: snapshot.viewsLeftOut,
    queriesLeftOut: snapshot.queriesLeftOut,
    packed,
  };
  const link = decodeHash(location.hash, isShareKey);
  applySettings(snapshot.settings);
  applySettings(link.settings); // what the recipient changed since (kept in the hash) wins
  // The data-quality view reads only these fields of the files.
  dataset.files = d.files.map((f) => ({ ...f, header: [], rows: [] }) as unknown as InspectedFile);
  dataset.name = d.name;
  dataset.quality = d.quality;
  dataset.range = d.range;
  dataset.formats = d.formats;
  dataset.cleaning = { ...d.cleaning };
  dataset.mapping = null;
  dataset.problems = [];
  if (takeView && !link.view) router.go(snapshot.view as (typeof VIEWS)[number], snapshot.filters);
  dataset.version++;
  dataset.phase = 'ready';
  if (!packed) {
    const fits = await fitsLink(snapshot);
    if (fits) share.snapshot = { ...share.snapshot, packed: fits };
  }
}

async function fitsLink(snapshot: Snapshot): Promise<string | null> {
  const packed = await packSnapshot(snapshot);
  return packed.length <= LINK_BUDGET ? packed : null;
}

function refuse(key: string, params: Record<string, string | number> = {}): void {
  dataset.problems = [{ key, params }];
  dataset.phase = 'empty';
}

/** `#…&snap=<packed>` */
export async function openPackedSnapshot(packed: string): Promise<void> {
  try {
    await openSnapshot(await unpackSnapshot(packed), packed, false);
  } catch {
    refuse('problem.snapshot_invalid', { file: 'link' });
  }
}

/** A dropped `.ottok.json` file. */
export async function openSnapshotFile(file: File): Promise<void> {
  try {
    await openSnapshot(snapshotFromJson(await file.text()), null, true);
  } catch {
    refuse('problem.snapshot_invalid', { file: file.name });
  }
}

/** `?snapshot=<url>` */
export async function openSnapshotUrl(value: string): Promise<void> {
  share.download = { url: value, loaded: 0, total: null };
  try {
    const result = await downloadFile(value, document.baseURI, (loaded, total) => (share.download = { url: value, loaded, total }));
    if (!result.ok) return refuse(`problem.${result.problem.code}`, result.problem.params);
    share.download = null;
    await openSnapshotFile(result.file);
  } finally {
    share.download = null;
  }
}

export const isSnapshotFile = (file: File): boolean => /\.ottok\.json$|\.json$/i.test(file.name);
