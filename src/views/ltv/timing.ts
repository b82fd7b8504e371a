import { i18n } from '../../i18n/i18n.svelte';
import type { Timing } from '../../state/models.svelte';

/** A duration as "120 ms" or "1.4 s". */
export function duration(ms: number): string {
  const ru = i18n.locale === 'ru';
  return ms < 1000 ? `${i18n.number(ms, 0)} ${ru ? 'мс' : 'ms'}` : `${i18n.number(ms / 1000, 1)} ${ru ? 'с' : 's'}`;
}

/** The parameters of the "fitted in …" sentences. */
export function timingText(timing: Timing): { total: string; load: string; fit: string; score: string } {
  return { total: duration(timing.totalMs), load: duration(timing.loadMs), fit: duration(timing.fitMs), score: duration(timing.scoreMs) };
}
