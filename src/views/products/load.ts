import type { LifecycleThresholds } from '../../analysis/lifecycle';
import {
  productHistory, productSummary, productTable, PRODUCT_LEVELS,
  type ProductHistory, type ProductLevel, type ProductRow, type ProductSummary,
} from '../../analysis/products';
import type { TableSource } from '../../analysis/tables';
import type { ViewContext, ViewData } from '../../state/view-query.svelte';

export interface ProductOptions {
  level: ProductLevel;
  min: number;
  thresholds: LifecycleThresholds;
}

export interface ProductData extends ProductOptions {
  asOf: string;
  summary: ProductSummary;
  /** Ranked by lift. */
  rows: ProductRow[];
  /** The first product with a lift, whose details the view opens with. */
  top: ProductRow | null;
  topHistory: ProductHistory | null;
}

/**
 * `#view=products&level=product|category`: brands / categories when mapped (the planted story is a brand's),
 * unless the link asks for products.
 */
export function productLevel({ filters, columns }: Pick<ViewContext, 'filters' | 'columns'>): ProductLevel {
  const asked = (PRODUCT_LEVELS as readonly string[]).includes(filters.level) ? (filters.level as ProductLevel) : null;
  return asked === 'category' && !columns.category ? 'product' : (asked ?? (columns.category ? 'category' : 'product'));
}

/** Product churn (DESIGN §3b): the ranked table, what it is drawn from and the top product's history. */
export const productData: ViewData<ProductOptions, ProductData> = {
  options(context) {
    const level = productLevel(context);
    return context.columns[level] ? { level, min: context.minRegulars, thresholds: { ...context.thresholds } } : null;
  },
  async load({ asOf }, options, tables) {
    const { level, min, thresholds } = options;
    const db = await tables.ensure('product_regulars', { asOf, thresholds, level });
    const summary = await productSummary(db, asOf, thresholds);
    const rows = await productTable(db, asOf, min, summary.store_share);
    const top = rows.find((r) => r.lift !== null) ?? null;
    const topHistory = top ? await productHistory(db, level, top.name, asOf, thresholds.lost) : null;
    return { ...options, asOf, summary, rows, top, topHistory };
  },
};

/** Another product's history, for the details panel. */
export async function loadProductHistory(data: ProductData, name: string, tables: TableSource): Promise<ProductHistory> {
  if (data.top?.name === name && data.topHistory) return data.topHistory;
  const db = await tables.ensure('product_regulars', { asOf: data.asOf, thresholds: data.thresholds, level: data.level });
  return productHistory(db, data.level, name, data.asOf, data.thresholds.lost);
}
