import type { ProductRow } from '../../analysis/products';

/** The products table's sortable columns; a first click sorts numbers highest first, names A–Z. */
export const PRODUCT_SORTS = {
  name: { descendingFirst: false },
  regulars: { descendingFirst: true },
  lapsed_share: { descendingFirst: true },
  lift: { descendingFirst: true },
  switchers: { descendingFirst: true },
  lapsed_revenue: { descendingFirst: true },
} as const;
export type ProductSortKey = keyof typeof PRODUCT_SORTS;

export interface ProductSort {
  key: ProductSortKey;
  descending: boolean;
}

/**
 * The rows whose name contains `search` (any case), sorted; missing values (a lift with no store lapses)
 * last either way, ties by the table's own order (lift, then regulars).
 */
export function sortProducts(rows: readonly ProductRow[], search: string, sort: ProductSort, locale: string): ProductRow[] {
  const needle = search.trim().toLocaleLowerCase(locale);
  const kept = rows.map((row, rank) => ({ row, rank })).filter(({ row }) => !needle || row.name.toLocaleLowerCase(locale).includes(needle));
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.descending ? -1 : 1;
  kept.sort((a, b) => {
    const [x, y] = [a.row[sort.key], b.row[sort.key]];
    if (x === null || y === null) return x === y ? a.rank - b.rank : x === null ? 1 : -1;
    const order = typeof x === 'string' ? collator.compare(x, y as string) : (x as number) - (y as number);
    return sign * order || a.rank - b.rank;
  });
  return kept.map(({ row }) => row);
}
