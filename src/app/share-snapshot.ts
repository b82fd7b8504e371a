/**
 * The header's "Share a snapshot" (src/views/snapshot.ts does the recording): a link when it fits, a link
 * holding what the views show first plus the whole snapshot as a file to save, or a `.ottok.json` file.
 */
import { derived } from '../state/derived.svelte';
import { dataset } from '../state/dataset.svelte';
import { router } from '../state/router.svelte';
import { share } from '../state/share.svelte';
import { describeError } from '../state/messages';
import { copyText, currentSettings, pageUrl } from '../state/share-link.svelte';
import { currentContext, currentScope } from '../state/view-query.svelte';
import { saveText } from '../export/download';
import { snapshotToJson, type SnapshotDataset } from '../share/snapshot-codec';
import { makeSnapshot, shareForm, snapshotFileName, snapshotHash } from '../views/snapshot';

function summary(): SnapshotDataset {
  const { quality, range } = dataset;
  if (!quality || !range) throw new Error('no data loaded');
  return {
    name: dataset.name,
    rows: quality.rowsRead,
    files: dataset.files.map(({ name, format, encoding, delimiter }) => ({ name, format, encoding, delimiter })),
    range,
    // A malformed line is a line of the file: only its number and error travel.
    quality: { ...quality, malformed: { ...quality.malformed, examples: quality.malformed.examples.map((m) => ({ ...m, text: '' })) } },
    formats: dataset.formats,
    cleaning: { ...dataset.cleaning },
    columns: { product: !!dataset.mapping?.product, category: !!dataset.mapping?.category },
  };
}

export async function shareSnapshot(): Promise<void> {
  share.busy = 'snapshot';
  share.url = '';
  share.savedFile = '';
  share.copied = false;
  share.fullSnapshot = null;
  try {
    const scope = currentScope();
    if (!scope) throw new Error('no data loaded');
    const context = currentContext();
    const snapshots = await makeSnapshot({
      db: await derived.ensure([]),
      tables: derived,
      scope,
      // the current view keeps its hash choices; the others open as they do by default
      context: (view) => ({ ...context, filters: view === router.view ? router.filters : {} }),
      summary: summary(),
      view: router.view,
      filters: router.filters,
      settings: currentSettings(true),
      created: new Date().toISOString(),
    });
    const snapshot = snapshots.whole;
    const form = await shareForm(snapshots);
    if (form.kind === 'file') {
      share.savedFile = form.name;
      saveText(form.name, form.text, 'application/json');
      return;
    }
    if (form.kind === 'cut-link') {
      share.fullSnapshot = { cuts: form.cut.cuts ?? [], name: snapshotFileName(snapshot), text: snapshotToJson(snapshot) };
    }
    share.url = pageUrl(snapshotHash(snapshot, form.packed), false);
    share.copied = await copyText(share.url);
  } catch (error) {
    dataset.problems = [describeError(error)];
  } finally {
    share.busy = null;
  }
}

/** Saves the whole snapshot whose link holds only what the views show first. */
export function saveFullSnapshot(): void {
  const full = share.fullSnapshot;
  if (full) saveText(full.name, full.text, 'application/json');
}
