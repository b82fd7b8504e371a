import { describe, expect, it } from 'vitest';
import type { PriceStep, ProductMonth, ProductRow } from '../../src/analysis/products';
import { strongestSignal, telling } from '../../src/analysis/product-headline';
import { productOption, type ProductChartText } from '../../src/charts/product-options';
import { sortProducts } from '../../src/views/products/product-sort';
import { renderSvg } from './charts-ssr';

const product = (name: string, lapsed_share: number, regulars: number, lift: number | null): ProductRow => ({
  key: name.toLowerCase(), name, buyers: regulars * 2, regulars, lapsed: Math.round(lapsed_share * regulars), lapsed_share,
  switchers: 1, lapsed_revenue: 100, lift,
});
const step = (month: string, change: number, before: number | null, after: number | null, complete = true): PriceStep => ({
  month, previous_month: '2024-01', price: 1 + change, previous_price: 1, change,
  before_watched: before === null ? 0 : 10, before_lapsed: (before ?? 0) * 10, before_rate: before,
  after_watched: after === null ? 0 : 10, after_lapsed: (after ?? 0) * 10, after_rate: after,
  after_until: '2024-12-31', after_complete: complete,
});

describe('the headline signal', () => {
  it('names the first product with a lift and says whether its regulars leave faster than the store', () => {
    const rows = [product('A', 0.5, 20, 1.5), product('B', 0.2, 30, 0.6)];
    expect(strongestSignal(rows, [])).toEqual({ product: rows[0], leaving: true, step: null });
    expect(strongestSignal([product('C', 0.2, 20, 0.9)], [])?.leaving).toBe(false);
    expect(strongestSignal([product('D', 0, 20, null)], [])).toBeNull();
    expect(strongestSignal([], [])).toBeNull();
  });

  it('tells with the step whose lapse rate rose most, preferring steps with rates on both sides', () => {
    const rise = step('2024-05', 0.2, 0.1, 0.4);
    const bigger = step('2024-08', 0.3, 0.3, 0.5);
    const noBefore = step('2024-02', 0.15, null, 0.9);
    const nobody = step('2024-11', -0.5, null, null);
    expect(telling([bigger, rise, noBefore, nobody])).toBe(rise);
    expect(telling([noBefore, nobody])).toBe(noBefore);
    expect(telling([step('2024-03', 0.1, null, null), nobody])).toBe(nobody);
    expect(telling([])).toBeNull();
  });
});

describe('sorting and searching the products table', () => {
  const rows = [product('Earl Grey', 0.5, 20, 1.5), product('assam', 0.5, 40, 1.5), product('Чай', 0.1, 25, 0.3), product('None', 0, 30, null)];

  it('keeps the table order for ties and puts missing lifts last either way', () => {
    expect(sortProducts(rows, '', { key: 'lift', descending: true }, 'en').map((r) => r.name)).toEqual(['Earl Grey', 'assam', 'Чай', 'None']);
    expect(sortProducts(rows, '', { key: 'lift', descending: false }, 'en').map((r) => r.name)).toEqual(['Чай', 'Earl Grey', 'assam', 'None']);
    expect(sortProducts(rows, '', { key: 'regulars', descending: true }, 'en').map((r) => r.name)).toEqual(['assam', 'None', 'Чай', 'Earl Grey']);
    expect(sortProducts(rows, '', { key: 'name', descending: false }, 'en').map((r) => r.name)).toEqual(['assam', 'Earl Grey', 'None', 'Чай']);
  });

  it('searches names in any case, Cyrillic too', () => {
    expect(sortProducts(rows, ' GREY ', { key: 'lift', descending: true }, 'en').map((r) => r.name)).toEqual(['Earl Grey']);
    expect(sortProducts(rows, 'чАй', { key: 'lift', descending: true }, 'ru').map((r) => r.name)).toEqual(['Чай']);
  });
});

describe('the price and lapses chart', () => {
  const months: ProductMonth[] = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'].map((month, i) => ({
    month, price: i === 3 ? null : i < 2 ? 100 : 130, lines: i === 3 ? 0 : 5, regular_lapses: i, step: i === 2,
  }));
  const text: ProductChartText = {
    month: (m) => `M${m}`, money: (n) => `$${n}`, axisMoney: (n) => `a${n}`, change: (n) => `${Math.round(n * 100)}%`,
    price: 'Price', lapses: 'Lapses', before: 'Before', after: 'After',
  };
  const s = step('2024-03', 0.3, 0.1, 0.4);

  it('marks the step on the price line, keeps months without sales empty and shades the windows', () => {
    const option = productOption(months, [s], s, text) as { series: Array<{ data: unknown[]; markArea?: { data: unknown[][] } }> };
    const [price, lapses] = option.series;
    expect(price.data[2]).toMatchObject({ value: 130, label: { show: true, formatter: '30%' } });
    expect(price.data[3]).toBeNull();
    expect(lapses.data).toEqual([0, 1, 2, 3, 4]);
    // before = 2023-09 … 2024-02 clipped to the first month; after = 2024-03 … 2024-08 clipped to the last
    expect(lapses.markArea!.data.map((pair) => [(pair[0] as { xAxis: string }).xAxis, (pair[1] as { xAxis: string }).xAxis])).toEqual([
      ['M2024-01', 'M2024-02'],
      ['M2024-03', 'M2024-05'],
    ]);
    expect(renderSvg(option)).toContain('<svg');
    expect(renderSvg(productOption([], [], null, text))).toContain('<svg');
  });
});
