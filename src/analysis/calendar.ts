/**
 * Calendar days as Ottok counts them: ISO dates (YYYY-MM-DD, UTC, no time of day) and whole days between
 * them. The one place day arithmetic is done.
 */
const DAY_MS = 86_400_000;

const dateMs = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** Days since 1970-01-01. */
export function epochDay(iso: string): number {
  return Math.round(dateMs(iso) / DAY_MS);
}

/** The ISO date of a day number (epochDay's inverse). */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` days after `iso` (before, when negative). */
export function addDays(iso: string, days: number): string {
  return isoDay(epochDay(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}
