/**
 * One printed page: while the print dialog is open, the view is laid out compactly (`html.printing`, print.css)
 * and zoomed so that it fits an A4 landscape page — the largest zoom, found by bisection, at which the
 * view's height at the page's width fits the page's height, never below MIN_ZOOM (a long table then takes
 * more pages rather than becoming unreadable).
 */

/** A4 landscape minus 10 mm margins, in CSS pixels (96 per inch), less a little for rounding in the print layout. */
const PAGE = { width: 1047, height: 700 };
const MIN_ZOOM = 0.62;

function printedHeight(main: HTMLElement, zoom: number): number {
  main.style.zoom = '';
  main.style.width = `${PAGE.width / zoom}px`;
  const height = main.scrollHeight * zoom;
  main.style.width = '';
  return height;
}

export function fitForPrint(): void {
  const main = document.querySelector<HTMLElement>('.app main');
  if (!main) return;
  document.documentElement.classList.add('printing');
  let [low, high] = [MIN_ZOOM, 1];
  if (printedHeight(main, 1) <= PAGE.height) low = 1;
  else {
    for (let i = 0; i < 7; i++) {
      const mid = (low + high) / 2;
      if (printedHeight(main, mid) <= PAGE.height) low = mid;
      else high = mid;
    }
  }
  // Kept at the printed width while the dialog is open, so charts redraw (beforeprint) at the width they print at.
  main.style.width = `${PAGE.width / low}px`;
  main.style.zoom = String(low);
}

export function endPrint(): void {
  document.documentElement.classList.remove('printing');
  const main = document.querySelector<HTMLElement>('.app main');
  if (main) {
    main.style.zoom = '';
    main.style.width = '';
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', fitForPrint);
  window.addEventListener('afterprint', endPrint);
}
