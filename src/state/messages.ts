import { TooBigError } from '../ingest/capacity';

/** A message for the user: an i18n key (what went wrong, where, what to do) and its parameters. */
export interface UserMessage {
  key: string;
  params: Record<string, string | number>;
}

/**
 * Engine and runtime errors in words a shop owner can act on; the technical detail is kept for support,
 * except for running out of memory, whose engine text means nothing to a shop owner (issue 12).
 */
export function describeError(error: unknown, locale = 'en'): UserMessage {
  if (error instanceof TooBigError) {
    const n = (x: number) => new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }).format(x);
    return { key: 'error.too_big', params: { lines: n(error.lines), capacity: n(error.capacity) } };
  }
  // A snapshot (src/share/replay.ts) has no data for other settings than those it was made with.
  if (error instanceof Error && error.name === 'SnapshotMissing') return { key: 'error.snapshot_missing', params: {} };
  // The engine's worker is gone (src/engine/engine.ts EngineLost): its tables with it.
  if (error instanceof Error && error.name === 'EngineLost') return { key: 'error.engine_lost', params: {} };
  const detail = error instanceof Error ? error.message : String(error);
  if (/out of memory|could not allocate|memory access out of bounds/i.test(detail)) {
    return { key: 'error.memory', params: {} };
  }
  return { key: 'error.generic', params: { detail: detail.slice(0, 300) } };
}
