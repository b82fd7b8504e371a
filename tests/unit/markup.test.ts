/** Margin ↔ mark-up, against values worked out by hand from a price and a cost. */
import { describe, expect, it } from 'vitest';
import { marginFromMarkup, markupFromMargin } from '../../src/analysis/markup';

describe('margin and mark-up', () => {
  it('price 100 on cost 70: margin 30 / 100 = 0.3, mark-up 30 / 70 = 0.428571…', () => {
    expect(markupFromMargin(0.3)).toBeCloseTo(30 / 70, 12);
    expect(marginFromMarkup(30 / 70)).toBeCloseTo(0.3, 12);
  });
  it('a 100 % mark-up (cost 50, price 100) is a 50 % margin; 50 % mark-up (cost 100, price 150) is 1/3', () => {
    expect(marginFromMarkup(1)).toBe(0.5);
    expect(marginFromMarkup(0.5)).toBeCloseTo(50 / 150, 12);
    expect(markupFromMargin(0.5)).toBe(1);
  });
  it('edges: nothing added is no margin; a 100 % margin has no finite mark-up', () => {
    expect(marginFromMarkup(0)).toBe(0);
    expect(markupFromMargin(0)).toBe(0);
    expect(markupFromMargin(1)).toBeNull();
  });
  it('round trip over a grid of margins', () => {
    for (let g = 0; g < 0.99; g += 0.07) expect(marginFromMarkup(markupFromMargin(g)!)).toBeCloseTo(g, 12);
  });
});
