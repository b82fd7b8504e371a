import { describe, expect, it } from 'vitest';
import { exactRatio, packColumns, unpackColumns } from '../../src/share/exact-numbers';
import { packSnapshot, snapshotFromJson, SnapshotInvalid, snapshotToJson, unpackSnapshot, type Snapshot } from '../../src/share/snapshot-codec';

/** The app's views (src/views/registry.ts), as the app passes them. */
const VIEW_IDS = ['overview', 'cohorts', 'lifecycle', 'churn', 'rfm', 'ltv', 'validation', 'products', 'simulator', 'customers', 'data'];
import { packText, unpackText, fromBase64Url, toBase64Url } from '../../src/share/compress';
import { collectStrings, screenQueries } from '../../src/share/privacy';
import { QueryRecorder } from '../../src/share/recorder';
import { replayEngine, SnapshotMissing } from '../../src/share/replay';
import { isWrite, sqlKey } from '../../src/share/sql-key';
import { fileNameOf, resolveDataUrl } from '../../src/ingest/download';
import type { Db, Row } from '../../src/analysis/db';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function snapshot(queries: Map<string, Row[]>): Snapshot {
  return {
    created: '2025-03-01T10:00:00.000Z',
    view: 'cohorts',
    filters: { grain: 'month' },
    settings: { margin: 0.3, currency: 'RUB', locale: 'ru', windowKind: 'all', asOf: '' },
    dataset: {
      name: 'Продажи.csv',
      rows: 100,
      files: [{ name: 'Продажи.csv', format: 'csv', encoding: 'windows-1251', delimiter: ';' }],
      range: { first_date: '2024-01-01', last_date: '2024-12-31', customers: 40, orders: 90 },
      quality: {
        rowsRead: 100,
        malformed: { rows: 0, examples: [] },
        rules: {
          bad_date: { rows: 0, value: 0, examples: [], duplicates: 0 },
          bad_amount: { rows: 0, value: 0, examples: [], duplicates: 0 },
          guest: { rows: 3, value: 12.5, examples: [{ file: 0, row: 4, text: '' }], duplicates: 0 },
          return: { rows: 0, value: 0, examples: [], duplicates: 0 },
          zero: { rows: 0, value: 0, examples: [], duplicates: 0 },
          kept: { rows: 97, value: 1234.56, examples: [], duplicates: 1 },
        },
        purchases: { rows: 97, value: 1234.56 },
      },
      columns: { product: true, category: false },
      formats: null,
      cleaning: { keepZeroAmounts: false, dropDuplicates: false },
    },
    queries,
    viewsLeftOut: ['customers'],
    queriesLeftOut: 1,
  };
}

describe('exact numbers', () => {
  it('writes ratios of counts and money over counts as [a, q] that give back the same double', () => {
    expect(exactRatio(18 / 47)).toEqual([18, 47]);
    const [a, q] = exactRatio(1234.56 / 47, [47])!;
    expect(a / q).toBe(1234.56 / 47);
    expect(String([a, q]).length).toBeLessThan(String(1234.56 / 47).length);
    expect(exactRatio(0.5)).toBeNull(); // short already
    expect(exactRatio(12)).toBeNull();
    expect(exactRatio(Math.PI)).toBeNull();
  });

  it('round-trips random columns exactly, with [c, i, j] ratios inside a column', () => {
    const next = random(7);
    const sizes = Array.from({ length: 60 }, () => 1 + Math.floor(next() * 500));
    const counts = sizes.map((s) => Math.floor(next() * s));
    const revenue = sizes.map(() => Math.round(next() * 1e7) / 100);
    const columns = [
      sizes,
      counts,
      revenue,
      counts.map((c, i) => c / sizes[i]),
      revenue.map((r, i) => r / sizes[i]),
      revenue.map((r, i) => r / revenue[i - (i % 5)]),
      sizes.map(() => next()),
      sizes.map((_, i) => (i % 7 === 0 ? null : 'x' + i)),
    ];
    const { values, packed } = packColumns(columns);
    expect(unpackColumns(JSON.parse(JSON.stringify(values)), packed)).toEqual(columns);
    expect(JSON.stringify(values).length).toBeLessThan(JSON.stringify(columns).length * 0.85);
  });
});

describe('snapshot codec', () => {
  const rows = (n: number): Row[] =>
    Array.from({ length: n }, (_, i) => ({ month: `2024-${String((i % 12) + 1).padStart(2, '0')}`, customers: i, share: i / 37, partial: i === n - 1, list: [1, 2], none: null }));
  const queries = new Map([
    [sqlKey('SELECT 1', ['2024-12-31']), rows(12)],
    [sqlKey('SELECT 2'), rows(1)],
    [sqlKey('SELECT 3'), []],
  ]);

  it('round-trips through the link form (deflate-raw + base64url) and the file form', async () => {
    const s = snapshot(queries);
    const packed = await packSnapshot(s);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await unpackSnapshot(packed, VIEW_IDS)).toEqual(s);
    expect(snapshotFromJson(snapshotToJson(s), VIEW_IDS)).toEqual(s);
  });

  it('refuses what is not a snapshot, or a newer one', () => {
    expect(() => snapshotFromJson('{"hello":1}', VIEW_IDS)).toThrow(/not an Ottok snapshot/);
    expect(() => snapshotFromJson('{"hello"', VIEW_IDS)).toThrow(SnapshotInvalid);
    const newer = JSON.parse(snapshotToJson(snapshot(new Map())));
    newer.version = 99;
    expect(() => snapshotFromJson(JSON.stringify(newer), VIEW_IDS)).toThrow(/newer/);
  });

  // Untrusted input: a snapshot whose settings carry HTML (or anything out of range) is refused, saying where.
  const tampered = (change: (wire: Record<string, any>) => void): string => {
    const wire = JSON.parse(snapshotToJson(snapshot(queries)));
    change(wire);
    return JSON.stringify(wire);
  };
  it.each([
    ['a locale carrying HTML', (w: Record<string, any>) => (w.settings.locale = '<img src=x onerror=alert(1)>'), 'settings.locale'],
    ['a currency carrying HTML', (w: Record<string, any>) => (w.settings.currency = '<b>RUB</b>'), 'settings.currency'],
    ['a margin above 100 %', (w: Record<string, any>) => (w.settings.margin = 7), 'settings.margin'],
    ['thresholds out of order', (w: Record<string, any>) => (w.settings.thresholds = { new: 1, due: 3, at_risk: 2, lost: 4 }), 'settings.thresholds'],
    ['a window that is not one', (w: Record<string, any>) => (w.settings.windowKind = 'forever'), 'settings.windowKind'],
    ['an unknown view', (w: Record<string, any>) => (w.view = 'admin'), 'view'],
    ['an as-of date that is not a date', (w: Record<string, any>) => (w.settings.asOf = '2024-13-99<script>'), 'settings.asOf'],
    ['a query that is not rows', (w: Record<string, any>) => (w.queries[0].v = 'rows'), 'queries.0.v'],
    ['a dataset without its range', (w: Record<string, any>) => delete w.dataset.range, 'dataset.range'],
  ])('refuses %s and says where', (_what, change, path) => {
    expect(() => snapshotFromJson(tampered(change), VIEW_IDS)).toThrow(SnapshotInvalid);
    try {
      snapshotFromJson(tampered(change), VIEW_IDS);
    } catch (error) {
      expect((error as SnapshotInvalid).detail.startsWith(`${path}:`), (error as SnapshotInvalid).detail).toBe(true);
    }
  });

  it('drops keys it does not know (nothing unchecked reaches the app)', () => {
    const opened = snapshotFromJson(tampered((w) => ((w.settings.onload = 'alert(1)'), (w.extra = '<script>'))), VIEW_IDS);
    expect('onload' in opened.settings).toBe(false);
    expect('extra' in opened).toBe(false);
  });

  it('base64url and deflate round-trip any text', async () => {
    const text = 'отток ✓ '.repeat(500);
    expect(await unpackText(await packText(text))).toBe(text);
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(() => fromBase64Url('a+b/')).toThrow();
  });
});

describe('privacy screen', () => {
  const entries = new Map<string, Row[]>([
    ['kpis', [{ customers: 10, revenue: 5.5 }]],
    ['ids', [{ customer_id: 'c1', revenue: 1 }]],
    ['orders', [{ Order_ID: '1001' }]],
    ['names', [{ product: 'tea', top: ['x', 'c7'] }]],
    ['per-customer', Array.from({ length: 60 }, (_, i) => ({ x: i, t: i * 2 }))],
  ]);

  it('keeps aggregates; leaves out id columns, id values (also inside lists) and per-customer rows', () => {
    const { kept, leftOut } = screenQueries(entries, { customers: 55, idValues: new Set(['c7']) });
    expect([...kept.keys()]).toEqual(['kpis']);
    expect(Object.fromEntries(leftOut.map((l) => [l.key, l.reason]))).toEqual({
      ids: 'id_column',
      orders: 'id_column',
      names: 'id_value',
      'per-customer': 'per_customer',
    });
  });

  it('collects every string, trimmed, from nested values', () => {
    expect([...collectStrings([{ a: ' x ', b: [1, 'y', { c: 'z' }] }])].sort()).toEqual(['x', 'y', 'z']);
  });
});

describe('recording and replaying queries', () => {
  const db: Db = {
    async query<T extends Row = Row>(sql: string, params?: readonly unknown[]) {
      return [{ sql, n: params?.[0] ?? null }] as unknown as T[];
    },
  };

  it('records reading queries only, cut to their limit, and replays them by SQL and parameters', async () => {
    const recorder = new QueryRecorder().limit('SELECT many', 1);
    const r = recorder.wrap(db);
    await r.query('SELECT a WHERE x = $1', [1]);
    await r.query('  -- builds\nCREATE OR REPLACE TABLE t AS SELECT 1');
    await r.query('SELECT many');
    expect([...recorder.entries.keys()]).toEqual([sqlKey('SELECT a WHERE x = $1', [1]), sqlKey('SELECT many')]);

    const replay = replayEngine(recorder.entries);
    expect(await replay.query('SELECT a WHERE x = $1', [1])).toEqual([{ sql: 'SELECT a WHERE x = $1', n: 1 }]);
    expect(await replay.query('CREATE TABLE t AS SELECT 1')).toEqual([]);
    await expect(replay.query('SELECT a WHERE x = $1', [2])).rejects.toBeInstanceOf(SnapshotMissing);
    await expect(replay.query('SELECT b')).rejects.toThrow(/not in the snapshot/);
  });

  it('tells statements that build tables from queries that read rows', () => {
    expect(isWrite('-- a comment\nCREATE OR REPLACE MACRO m() AS 1;')).toBe(true);
    expect(isWrite('INSERT INTO t VALUES ($1)')).toBe(true);
    expect(isWrite('WITH x AS (SELECT 1) SELECT * FROM x')).toBe(false);
    expect(isWrite('SELECT created FROM t')).toBe(false);
  });
});

describe('?data= addresses', () => {
  it('resolves relative paths against the page and accepts only http(s)', () => {
    expect(resolveDataUrl('sample-data/tea-shop.csv', 'https://example.org/tools/ottok/')?.href).toBe('https://example.org/tools/ottok/sample-data/tea-shop.csv');
    expect(resolveDataUrl('https://data.example.org/x.csv', 'https://example.org/')?.host).toBe('data.example.org');
    expect(resolveDataUrl('ftp://x/y.csv', 'https://example.org/')).toBeNull();
    expect(resolveDataUrl('javascript:alert(1)', 'https://example.org/')).toBeNull();
  });

  it('names the file after Content-Disposition or the path', () => {
    const url = new URL('https://example.org/exports/%D0%BF%D1%80%D0%BE%D0%B4%D0%B0%D0%B6%D0%B8.csv?token=1');
    expect(fileNameOf(url, null)).toBe('продажи.csv');
    expect(fileNameOf(url, 'attachment; filename="march.xlsx"')).toBe('march.xlsx');
    expect(fileNameOf(new URL('https://example.org/'), null)).toBe('data.csv');
  });
});
