/**
 * A Svelte action for a modal dialog (WAI-ARIA dialog pattern, https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/):
 * focus moves to it when it opens, Tab and Shift+Tab cycle inside it, Escape closes it, and focus goes back
 * to where it was (e.g. the table row that opened it) when it closes.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hidden && el.getClientRects().length > 0);
}

export function modal(node: HTMLElement, onclose: () => void) {
  let close = onclose;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // The dialog itself takes focus, not its first button: the Enter that opened it would otherwise go on to
  // press that button (the browser clicks a focused button on the key's keypress, after the keydown).
  if (!node.hasAttribute('tabindex')) node.tabIndex = -1;
  node.focus();

  function keydown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusables(node);
    if (items.length === 0) return event.preventDefault();
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const inside = node.contains(document.activeElement);
    if (event.shiftKey && (document.activeElement === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  }
  document.addEventListener('keydown', keydown, true);
  return {
    update(next: () => void) {
      close = next;
    },
    destroy() {
      document.removeEventListener('keydown', keydown, true);
      // The opener may have been redrawn meanwhile (a virtualised row): find it again by its data attributes.
      if (opener?.isConnected) opener.focus();
    },
  };
}
