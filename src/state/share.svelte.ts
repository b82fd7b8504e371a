import type { LinkMapping } from '../share/hash-codec';
import type { SnapshotCutNote } from '../share/snapshot-codec';
import { ROLES, type Mapping } from '../ingest/types';

/** A snapshot being shown: what the banner says about it. */
export interface SnapshotInfo {
  created: string;
  name: string;
  rows: number;
  viewsLeftOut: string[];
  queriesLeftOut: number;
  /** Queries the link holds only the first rows of. */
  cuts: SnapshotCutNote[];
  /** Which optional columns the data had (the products view needs one). */
  columns: { product: boolean; category: boolean };
  /** The link form when it fits a link (kept in the hash), else null. */
  packed: string | null;
}

/** A `?data=` download in progress. */
export interface Download {
  url: string;
  loaded: number;
  /** Content-Length when the server sent one. */
  total: number | null;
}

/**
 * Sharing state: what an opened link expects (file, mapping, currency), a `?data=` download, the snapshot
 * being shown, and the last link or file made for the user.
 */
class Share {
  /** The file a link was made from, until a file is loaded. */
  expected = $state<{ name: string; rows: number } | null>(null);
  /** The link's column mapping and currency, used for the next file opened. */
  linkMapping = $state.raw<LinkMapping | null>(null);
  linkCurrency = $state<string | null>(null);
  download = $state<Download | null>(null);
  snapshot = $state.raw<SnapshotInfo | null>(null);
  /** The last link made (copy link, share snapshot); '' = none. */
  url = $state('');
  /** The snapshot file saved instead of a link (too big for one). */
  savedFile = $state('');
  /** A snapshot link made with cut queries: what was cut, and the whole snapshot's file text to save. */
  fullSnapshot = $state.raw<{ cuts: SnapshotCutNote[]; name: string; text: string } | null>(null);
  copied = $state(false);
  busy = $state<'snapshot' | null>(null);

  /**
   * The link's mapping as a full Mapping when every column it names is in this header; null otherwise (the
   * mapping step then guesses as usual).
   */
  mappingFor(header: readonly string[]): { mapping: Mapping; decimal?: '.' | ','; cancel?: string[] } | null {
    const link = this.linkMapping;
    if (!link) return null;
    const columns = Object.values(link.columns);
    if (columns.length === 0 || !columns.every((c) => header.includes(c!))) return null;
    const mapping = Object.fromEntries(ROLES.map((role) => [role, link.columns[role] ?? null])) as Mapping;
    return { mapping, decimal: link.decimal, cancel: link.cancel };
  }

  /** Forgets what the opened link expected, once a file is loaded. */
  settleLink() {
    this.expected = null;
    this.linkMapping = null;
    this.linkCurrency = null;
  }
}

export const share = new Share();
