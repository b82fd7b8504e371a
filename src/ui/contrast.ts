/**
 * Text colour chosen by the background's luminance (WCAG 2.x relative luminance and contrast ratio,
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), so that every heatmap cell reads at 4.5:1 or better.
 */
export type Rgb = readonly [number, number, number];

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `color` at opacity `alpha` painted over `under` (white by default): the colour the eye sees. */
export function blend(color: Rgb, alpha: number, under: Rgb = [255, 255, 255]): Rgb {
  return [0, 1, 2].map((i) => Math.round(color[i]! * alpha + under[i]! * (1 - alpha))) as unknown as Rgb;
}

export const INK: Rgb = [0x1f, 0x2a, 0x26];
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/**
 * The app's ink where it reads at 4.5:1, else white or black, whichever contrasts more. One of white and
 * black always reaches 4.58:1 (they meet at luminance 0.179), so the result never falls below 4.5:1.
 */
export function readableText(background: Rgb): '#1f2a26' | '#ffffff' | '#000000' {
  if (contrastRatio(INK, background) >= 4.6) return '#1f2a26'; // a margin for the browser's own rounding
  return contrastRatio(WHITE, background) >= contrastRatio(BLACK, background) ? '#ffffff' : '#000000';
}
