/*
 * The page inside the window's shell: its scroll pane is the main landmark (#main), its
 * heading the first h1 in it. A new page opens at its top with focus on its heading, so a
 * screen reader announces where the user has arrived.
 */

/** The main content's scroll pane, when the page has one. */
export function mainPane(): HTMLElement | null {
  return document.getElementById('main');
}

/** Scrolls the main content back to its top. */
export function resetPageScroll(): void {
  const pane = mainPane();
  if (pane) pane.scrollTop = 0;
}

/**
 * Focuses the page's heading (made focusable with tabIndex=-1, out of the Tab order).
 * Returns false when the page has no heading yet (still loading).
 */
export function focusPageHeading(): boolean {
  const heading = mainPane()?.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return true;
}

/** A page that changed in place (a visit just recorded): back to its top, its heading focused. */
export function showPageTop(): void {
  resetPageScroll();
  focusPageHeading();
}
