/**
 * What a shared link does when the page opens — `#…` settings, `?data=<url>`, `?snapshot=<url>`, `#…&snap=` —
 * and keeping the hash equal to the current view and settings afterwards (history.replaceState: no history
 * entries, no hashchange events).
 */
import { untrack } from 'svelte';
import { decodeHash, encodeHash } from '../share/hash-codec';
import { isShareKey, SETTING_KEYS } from '../share/hash-keys';
import { dataset } from './dataset.svelte';
import { share } from './share.svelte';
import { applyOpenedLink, applySettings, currentLink } from './share-link.svelte';
import { openPackedSnapshot, openSnapshotUrl } from './share-snapshot.svelte';

/** True when the page opens a snapshot: no DuckDB needs to start. */
export function opensSnapshot(): boolean {
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  return new URLSearchParams(location.search).has('snapshot') || hash.has(SETTING_KEYS.snapshot);
}

/** Once a file is loaded, the opened link's expectations are met or reported, then forgotten. */
function settleAfterLoad(): void {
  const expected = share.expected;
  const q = dataset.quality;
  if (expected && q && (expected.name !== dataset.name || (expected.rows >= 0 && expected.rows !== q.rowsRead))) {
    dataset.problems = [
      ...dataset.problems,
      { key: 'problem.other_file', params: { expected: expected.name, rows: expected.rows, file: dataset.name, actual: q.rowsRead } },
    ];
  }
  share.settleLink();
}

/** Call once before the app mounts. */
export function startShare(): void {
  const link = decodeHash(location.hash, isShareKey);
  const query = new URLSearchParams(location.search);
  const data = query.get('data');
  const snapshotUrl = query.get('snapshot');
  applyOpenedLink(link, !link.sample && !data && !snapshotUrl && !link.snapshot);
  if (snapshotUrl) void openSnapshotUrl(snapshotUrl);
  else if (link.snapshot) void openPackedSnapshot(link.snapshot);
  else if (data) void dataset.openUrl(data);

  window.addEventListener('hashchange', () => applySettings(decodeHash(location.hash, isShareKey).settings));

  $effect.root(() => {
    $effect(() => {
      const flag = untrack(() => new URLSearchParams(location.hash.replace(/^#/, '')).has(SETTING_KEYS.sample));
      const hash = encodeHash(currentLink(false, flag));
      untrack(() => {
        if (location.hash.replace(/^#/, '') !== hash) history.replaceState(history.state, '', `${location.pathname}${location.search}#${hash}`);
      });
    });
    $effect(() => {
      if (dataset.version > 0 && dataset.phase === 'ready' && !share.snapshot) untrack(settleAfterLoad);
    });
  });
}
