/**
 * The keys of the WAI-ARIA tab pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): which tab a key moves
 * to from tab `current` of `count` (wrapping around), `current` itself for Space and Enter, null for other keys.
 */
export function tabKey(key: string, current: number, count: number): number | null {
  if (current < 0 || count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case ' ':
    case 'Enter':
      return current;
    default:
      return null;
  }
}
