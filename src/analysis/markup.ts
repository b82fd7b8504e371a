/**
 * Margin and mark-up are two ways of saying one thing (DESIGN §3, simple LTV): margin is profit as a share of
 * the selling price, mark-up is profit as a share of the cost of goods. A price of 100 on a cost of 70 is a
 * 30 % margin and a 30 / 70 = 42.9 % mark-up. Ottok stores the margin; the owner may type either.
 */

/** Mark-up m (a share of cost, ≥ 0) as a margin: m / (1 + m). */
export function marginFromMarkup(markup: number): number {
  return markup / (1 + markup);
}

/** Margin g (a share of price, 0 ≤ g < 1) as a mark-up: g / (1 − g); null at a 100 % margin (no cost). */
export function markupFromMargin(margin: number): number | null {
  return margin >= 1 ? null : margin / (1 - margin);
}
