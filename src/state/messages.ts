/** A message for the user: an i18n key (what went wrong, where, what to do) and its parameters. */
export interface UserMessage {
  key: string;
  params: Record<string, string | number>;
}

/** Engine and runtime errors in words a shop owner can act on; the technical detail is kept for support. */
export function describeError(error: unknown): UserMessage {
  // A snapshot (src/share/replay.ts) has no data for other settings than those it was made with.
  if (error instanceof Error && error.name === 'SnapshotMissing') return { key: 'error.snapshot_missing', params: {} };
  const detail = error instanceof Error ? error.message : String(error);
  if (/out of memory|could not allocate|memory access out of bounds/i.test(detail)) {
    return { key: 'error.memory', params: { detail: detail.slice(0, 300) } };
  }
  return { key: 'error.generic', params: { detail: detail.slice(0, 300) } };
}
