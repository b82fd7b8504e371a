/**
 * Opening a snapshot (made by src/views/snapshot.ts): every view reads the recorded rows through the table
 * cache (no DuckDB starts), the dataset's summary is restored, and the view renders the same numbers without
 * the data. A link or file that does not fit the snapshot schema is refused with a message.
 */
import { router } from './router.svelte';
import { dataset } from './dataset.svelte';
import { derived } from './derived.svelte';
import { share } from './share.svelte';
import { applySettings } from './share-link.svelte';
import { replayEngine } from '../share/replay';
import { LINK_BUDGET, packSnapshot, snapshotFromJson, SnapshotInvalid, unpackSnapshot, type Snapshot } from '../share/snapshot-codec';
import { decodeHash } from '../share/hash-codec';
import { isShareKey } from '../share/hash-keys';
import { downloadFile } from '../ingest/download';
import type { InspectedFile } from '../ingest/inspect';

/** Shows a snapshot: replaying tables, its settings, its dataset summary, read-only. */
export async function openSnapshot(snapshot: Snapshot, packed: string | null, takeView: boolean): Promise<void> {
  derived.showSnapshot(replayEngine(snapshot.queries));
  const d = snapshot.dataset;
  share.settleLink();
  share.snapshot = {
    created: snapshot.created,
    name: d.name,
    rows: d.rows,
    viewsLeftOut: snapshot.viewsLeftOut,
    queriesLeftOut: snapshot.queriesLeftOut,
    cuts: snapshot.cuts ?? [],
    columns: d.columns,
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
  if (takeView && !link.view) router.go(snapshot.view, snapshot.filters);
  dataset.version++;
  dataset.phase = 'ready';
  if (!packed) {
    const fits = await packSnapshot(snapshot);
    if (fits.length <= LINK_BUDGET) share.snapshot = { ...share.snapshot, packed: fits };
  }
}

function refuse(file: string, error: unknown): void {
  const detail = error instanceof SnapshotInvalid ? error.detail : '';
  dataset.problems = [{ key: detail ? 'problem.snapshot_misfit' : 'problem.snapshot_invalid', params: { file, detail } }];
  dataset.phase = 'empty';
}

/** `#…&snap=<packed>` */
export async function openPackedSnapshot(packed: string): Promise<void> {
  let snapshot: Snapshot;
  try {
    snapshot = await unpackSnapshot(packed, router.views);
  } catch (error) {
    return refuse('link', error);
  }
  await openSnapshot(snapshot, packed, false);
}

/** A dropped `.ottok.json` file. */
export async function openSnapshotFile(file: File): Promise<void> {
  let snapshot: Snapshot;
  try {
    snapshot = snapshotFromJson(await file.text(), router.views);
  } catch (error) {
    return refuse(file.name, error);
  }
  await openSnapshot(snapshot, null, true);
}

/** `?snapshot=<url>` */
export async function openSnapshotUrl(value: string): Promise<void> {
  share.download = { url: value, loaded: 0, total: null };
  try {
    const result = await downloadFile(value, document.baseURI, (loaded, total) => (share.download = { url: value, loaded, total }));
    if (!result.ok) {
      dataset.problems = [{ key: `problem.${result.problem.code}`, params: result.problem.params }];
      dataset.phase = 'empty';
      return;
    }
    share.download = null;
    await openSnapshotFile(result.file);
  } finally {
    share.download = null;
  }
}

export const isSnapshotFile = (file: File): boolean => /\.ottok\.json$|\.json$/i.test(file.name);
