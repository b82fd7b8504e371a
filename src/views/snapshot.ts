/**
 * "Share a snapshot": each view that takes part (registry.ts, snapshot 'queries') runs its loader once against
 * a recording engine handed to it; the privacy screen drops anything with customer or order ids. The whole
 * snapshot goes into a link when it fits; else the link keeps what the views show first (registry `linkCuts`)
 * and says what was cut, with the whole snapshot as a file to save; else it is saved as a file.
 */
import type { Db, Row } from '../analysis/db';
import type { TableSource } from '../analysis/tables';
import { QueryRecorder } from '../share/recorder';
import { blank, collectStrings, idValuesAmong, screenQueries } from '../share/privacy';
import { cutQueries } from '../share/snapshot-cut';
import { LINK_BUDGET, packSnapshot, snapshotToJson, type Snapshot, type SnapshotCutNote, type SnapshotDataset } from '../share/snapshot-codec';
import { encodeHash } from '../share/hash-codec';
import type { Scope, ViewContext } from '../state/view-query.svelte';
import { VIEWS, type ViewEntry } from './registry';

/** Runs every snapshot view's loader once through a recorder; `context(id)` is that view's context. */
export async function recordViews(
  tables: TableSource,
  scope: Scope,
  context: (view: string) => ViewContext,
  views: readonly ViewEntry[] = VIEWS,
): Promise<QueryRecorder> {
  const recorder = new QueryRecorder();
  const recording: TableSource = { ensure: async (names, params) => recorder.wrap(await tables.ensure(names, params)) };
  for (const view of views) {
    if (view.snapshot !== 'queries') continue;
    for (const cut of view.limits ?? []) recorder.limit(cut.sql, cut.rows);
    const options = view.data.options(context(view.id));
    if (options !== null) await view.data.load(scope, options, recording);
  }
  return recorder;
}

export interface SnapshotSource {
  db: Db;
  tables: TableSource;
  scope: Scope;
  context: (view: string) => ViewContext;
  summary: SnapshotDataset;
  view: string;
  filters: Record<string, string>;
  settings: Snapshot['settings'];
  created: string;
}

/** A snapshot, and the same with the cuttable queries cut to fit a link (null when nothing was cut). */
export interface Snapshots {
  whole: Snapshot;
  cut: Snapshot | null;
}

/**
 * The snapshot of the loaded data: every snapshot view's recorded aggregates, screened for privacy, with the
 * dataset summary. The cut form is screened after cutting: a long table can hold a text equal to an id
 * (a product code that is also a customer number) that its first rows do not.
 */
export async function makeSnapshot(source: SnapshotSource, views: readonly ViewEntry[] = VIEWS): Promise<Snapshots> {
  const recorder = await recordViews(source.tables, source.scope, source.context, views);
  const idValues = await idValuesAmong(source.db, collectStrings([source.summary, ...recorder.entries.values()]));
  const screened = (entries: ReadonlyMap<string, Row[]>, cuts?: SnapshotCutNote[]): Snapshot => {
    const { kept, leftOut } = screenQueries(entries, { customers: source.summary.range.customers, idValues });
    return {
      created: source.created,
      view: source.view,
      filters: { ...source.filters },
      settings: source.settings,
      dataset: blank(source.summary, idValues),
      queries: kept,
      viewsLeftOut: views.filter((v) => v.snapshot === 'left-out').map((v) => v.id),
      queriesLeftOut: leftOut.length,
      ...(cuts ? { cuts } : {}),
    };
  };
  const linkCuts = views.flatMap((v) => (v.snapshot === 'queries' ? (v.linkCuts ?? []).map((c) => ({ ...c, view: v.id })) : []));
  const cut = cutQueries(recorder.entries, linkCuts);
  return { whole: screened(recorder.entries), cut: cut && screened(cut.queries, cut.notes) };
}

export type SnapshotShare =
  | { kind: 'link'; packed: string }
  | { kind: 'cut-link'; packed: string; cut: Snapshot }
  | { kind: 'file'; name: string; text: string };

/** How a snapshot is passed on: the whole of it in a link, the cut one in a link (and the file), or a file. */
export async function shareForm({ whole, cut }: Snapshots): Promise<SnapshotShare> {
  const packed = await packSnapshot(whole);
  // a long table can be left out whole (privacy) where its first rows are not: then the cut form shows more
  if (packed.length <= LINK_BUDGET && (!cut || whole.queriesLeftOut <= cut.queriesLeftOut)) return { kind: 'link', packed };
  if (cut) {
    const shorter = await packSnapshot(cut);
    if (shorter.length <= LINK_BUDGET) return { kind: 'cut-link', packed: shorter, cut };
  }
  return { kind: 'file', name: snapshotFileName(whole), text: snapshotToJson(whole) };
}

export const snapshotFileName = (snapshot: Snapshot): string => `ottok-snapshot-${snapshot.created.slice(0, 10)}.ottok.json`;

/** The link of a packed snapshot: its view and filters, no query part. */
export const snapshotHash = (snapshot: Snapshot, packed: string): string =>
  encodeHash({ view: snapshot.view, filters: snapshot.filters, settings: {}, snapshot: packed });
