/** Ottok's chart colours, shared by every option builder. */
export const COLORS = {
  primary: '#2f6f5e',
  secondary: '#d08c3c',
  tertiary: '#6b7fb3',
  muted: '#9aa5a0',
  grid: '#e6ebe8',
  text: '#3d4a45',
} as const;

export const AXIS_LABEL = { color: COLORS.text, fontSize: 11 } as const;

/** The plot area: axis labels kept inside the chart (ECharts 6's replacement for `containLabel`). */
export function plotGrid(top: number, right = 16) {
  return { left: 8, right, top, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;
}
