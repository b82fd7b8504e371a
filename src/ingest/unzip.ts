/** A table sent inside a ZIP (the way some systems e-mail exports), unpacked in the browser with fflate. */
import { unzipSync } from 'fflate';

/**
 * The largest table unpacked from a ZIP: the archive and the unpacked table are both held in memory (fflate's
 * unzipSync), beside the engine's own; a bigger one is unpacked by the user and dropped as a file.
 */
export const MAX_UNZIPPED_BYTES = 1e9;

const TABLE = /\.(csv|tsv|txt|xlsx|xlsm|parquet)$/i;

export type Unzipped = { ok: true; file: File } | { ok: false; reason: 'no_table' | 'too_large'; size?: number };

/** The archive's first table entry (macOS resource forks left out) as a File named like the entry. */
export async function tableInZip(zip: Blob): Promise<Unzipped> {
  let chosen: { name: string; size: number } | null = null;
  const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()), {
    filter: (entry) => {
      if (chosen || !TABLE.test(entry.name) || entry.name.startsWith('__MACOSX/')) return false;
      chosen = { name: entry.name, size: entry.originalSize };
      return entry.originalSize <= MAX_UNZIPPED_BYTES;
    },
  });
  const found = chosen as { name: string; size: number } | null;
  if (!found) return { ok: false, reason: 'no_table' };
  if (!entries[found.name]) return { ok: false, reason: 'too_large', size: found.size };
  return { ok: true, file: new File([entries[found.name] as BlobPart], found.name.split('/').pop()!) };
}
