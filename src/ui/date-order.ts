import type { DateOrder } from '../ingest/types';
import type { MessageKey } from '../i18n/en';

export const DATE_ORDER_KEY: Record<DateOrder, MessageKey> = {
  ymd: 'format.dates.ymd',
  dmy: 'format.dates.dmy',
  mdy: 'format.dates.mdy',
  compact: 'format.dates.compact',
  excel: 'format.dates.excel',
};
