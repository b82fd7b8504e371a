import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash, type ShareLink } from '../../src/share/hash-codec';
import { isShareKey } from '../../src/share/hash-keys';

const roundTrip = (link: ShareLink) => decodeHash(encodeHash(link), isShareKey);

const FULL: ShareLink = {
  view: 'cohorts',
  filters: { grain: 'week', metric: 'ltv', product: 'WHITE HANGING HEART T-LIGHT HOLDER' },
  settings: {
    windowKind: 'custom',
    customStart: '2011-01-01',
    customEnd: '2011-06-30',
    asOf: '2011-09-30',
    margin: 0.375,
    currency: 'GBP',
    locale: 'ru',
    thresholds: { new: 2.5, due: 1.25, at_risk: 3, lost: 6.5 },
    cleaning: { keepZeroAmounts: true, dropDuplicates: true },
    minRegulars: 35,
  },
  file: { name: 'Продажи 2011 & co.csv', rows: 18379 },
  mapping: {
    columns: { customer_id: 'Клиент', order_ts: 'Дата=время', order_id: 'Номер чека', quantity: 'Кол-во', unit_price: 'Цена, руб.' },
    decimal: ',',
    cancel: ['отменён', 'возврат; частичный'],
  },
};

describe('share link hash codec', () => {
  it('round-trips every setting, the filters, the file and the mapping at once', () => {
    expect(roundTrip(FULL)).toEqual(FULL);
  });

  it.each<[string, ShareLink['settings']]>([
    ['window: last 12 months', { windowKind: 'last12' }],
    ['window: all data', { windowKind: 'all' }],
    ['custom window', { windowKind: 'custom', customStart: '2010-12-01', customEnd: '2011-12-09' }],
    ['as-of date', { asOf: '2011-06-30' }],
    ['as-of = last purchase (empty)', { asOf: '' }],
    ['margin', { margin: 0.3 }],
    ['margin with a long fraction', { margin: 0.123456789 }],
    ['margin 0', { margin: 0 }],
    ['currency', { currency: 'RUB' }],
    ['language en', { locale: 'en' }],
    ['language ru', { locale: 'ru' }],
    ['thresholds', { thresholds: { new: 2, due: 1.5, at_risk: 2.5, lost: 4 } }],
    ['thresholds, fractions', { thresholds: { new: 0.5, due: 1.1, at_risk: 1.1, lost: 49.99 } }],
    ['cleaning: defaults', { cleaning: { keepZeroAmounts: false, dropDuplicates: false } }],
    ['cleaning: zero amounts', { cleaning: { keepZeroAmounts: true, dropDuplicates: false } }],
    ['cleaning: duplicates', { cleaning: { keepZeroAmounts: false, dropDuplicates: true } }],
    ['products: minimum regulars', { minRegulars: 5 }],
  ])('round-trips %s', (_, settings) => {
    const link: ShareLink = { view: 'overview', filters: {}, settings };
    expect(roundTrip(link)).toEqual(link);
  });

  it.each<[string, Record<string, string>]>([
    ['cohort grain and metric', { grain: 'quarter', metric: 'revenue_retention' }],
    ['customers filters', { status: 'at_risk', segment: "Can't Lose Them", trend: 'fell', months: '6', q: 'ivan@example.org' }],
    ['product from the products view', { product: 'Tea & Co = 1', level: 'category', who: 'switchers' }],
  ])('keeps the view filters: %s', (_, filters) => {
    const link: ShareLink = { view: 'customers', filters, settings: {} };
    expect(roundTrip(link)).toEqual(link);
  });

  it('writes nothing for settings a link does not carry', () => {
    expect(encodeHash({ view: 'overview', filters: {}, settings: {} })).toBe('view=overview');
    expect(roundTrip({ filters: {}, settings: {} })).toEqual({ filters: {}, settings: {} });
  });

  it('keeps `#sample` a bare flag and reads it back', () => {
    const hash = encodeHash({ sample: true, view: 'data', filters: {}, settings: {} });
    expect(hash).toBe('sample&view=data');
    expect(decodeHash(`#${hash}`, isShareKey)).toEqual({ sample: true, view: 'data', filters: {}, settings: {} });
    expect(decodeHash('#sample', isShareKey).sample).toBe(true);
  });

  it('carries a snapshot and a file with an unknown row count', () => {
    const link: ShareLink = { view: 'rfm', filters: {}, settings: {}, snapshot: 'abc-_123', file: { name: 'a.csv', rows: -1 } };
    expect(roundTrip(link)).toEqual(link);
    expect(decodeHash('#file=a.csv', isShareKey).file).toEqual({ name: 'a.csv', rows: -1 });
  });

  it('leaves out values that do not parse, so an edited link never breaks the page', () => {
    const link = decodeHash(
      '#view=overview&win=forever&win.from=2011-13&asof=yesterday&margin=150&cur=rub&lang=de&th=4,3,2,1&minreg=0&file.rows=x',
      isShareKey,
    );
    expect(link.settings).toEqual({});
    expect(decodeHash('#th=2,1.5,2.5', isShareKey).settings).toEqual({});
    expect(decodeHash('#th=2,1.5,abc,4', isShareKey).settings).toEqual({});
    expect(decodeHash('#margin=', isShareKey).settings).toEqual({});
  });

  it('writes and reads the margin in percent, as the simulator link contract does (margin=30)', () => {
    expect(decodeHash('#view=simulator&margin=30', isShareKey).settings).toEqual({ margin: 0.3 });
    expect(decodeHash('#margin=12.5', isShareKey).settings).toEqual({ margin: 0.125 });
  });

  it('reads links written by hand with %-escapes and + for spaces', () => {
    const link = decodeHash('#view=customers&status=lost&map.customer_id=Customer+ID&file=my%20file.csv&file.rows=10', isShareKey);
    expect(link.filters).toEqual({ status: 'lost' });
    expect(link.mapping).toEqual({ columns: { customer_id: 'Customer ID' }, cancel: [] });
    expect(link.file).toEqual({ name: 'my file.csv', rows: 10 });
  });

  it('owns its keys: a view filter never shadows a setting', () => {
    for (const key of ['view', 'win', 'win.from', 'win.to', 'asof', 'margin', 'cur', 'lang', 'th', 'clean', 'minreg', 'file', 'file.rows', 'snap', 'sample', 'map.customer_id', 'map.decimal', 'map.cancel']) {
      expect(isShareKey(key), key).toBe(true);
    }
    for (const key of ['grain', 'metric', 'product', 'status', 'segment', 'trend', 'months', 'q', 'level', 'who']) {
      expect(isShareKey(key), key).toBe(false);
    }
  });
});
