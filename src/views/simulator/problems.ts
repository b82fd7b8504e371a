import type { FieldError } from '../../simulate/scenario';
import { i18n, t } from '../../i18n/i18n.svelte';

const n = (x: number | undefined) => (x === undefined ? '' : i18n.number(x, 2));

/** The sentence shown beside a field that cannot be used ('' when it can). */
export function problemText(problem: FieldError | undefined): string {
  if (!problem) return '';
  const p = problem.params ?? {};
  switch (problem.code) {
    case 'range':
      return p.max === undefined || p.max === Infinity ? t('sim.error.min', { min: n(p.min) }) : t('sim.error.range', { min: n(p.min), max: n(p.max) });
    case 'integer':
      return t('sim.error.integer', { min: n(p.min), max: n(p.max) });
    case 'order':
      return t('sim.error.order', { previous: n(p.previous) });
    case 'margin_discount':
      return t('sim.error.margin_discount', { rate: n(p.rate) });
    default:
      return t(`sim.error.${problem.code}`);
  }
}
