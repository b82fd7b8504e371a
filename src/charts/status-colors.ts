import type { LifecycleStatus } from '../analysis/lifecycle';

/** One colour per lifecycle status, shared by the status cards and the status-mix chart. */
export const STATUS_COLORS: Record<LifecycleStatus, string> = {
  new: '#6b7fb3',
  one_time: '#b9c1bd',
  active: '#2f6f5e',
  due: '#d9b341',
  at_risk: '#d08c3c',
  lost: '#a52a2a',
};
