/** A table sent inside a ZIP (the way some systems e-mail exports), unpacked in the browser with fflate. */
import { unzipSync } from 'fflate';
import { MAX_FILE_BYTES } from './guard';

const TABLE = /\.(csv|tsv|txt|xlsx|xlsm|parquet)$/i;

export type Unzipped = { ok: true; file: File } | { ok: false; reason: 'no_table' | 'too_large'; size?: number };

/** The archive's first table entry (macOS resource forks left out) as a File named like the entry. */
export async function tableInZip(zip: Blob): Promise<Unzipped> {
  let chosen: { name: string; size: number } | null = null;
  const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()), {
    filter: (entry) => {
      if (chosen || !TABLE.test(entry.name) || entry.name.startsWith('__MACOSX/')) return false;
      chosen = { name: entry.name, size: entry.originalSize };
      return entry.originalSize <= MAX_FILE_BYTES;
    },
  });
  const found = chosen as { name: string; size: number } | null;
  if (!found) return { ok: false, reason: 'no_table' };
  if (!entries[found.name]) return { ok: false, reason: 'too_large', size: found.size };
  return { ok: true, file: new File([entries[found.name] as BlobPart], found.name.split('/').pop()!) };
}
