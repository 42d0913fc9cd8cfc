import { useEffect } from 'react';

/**
 * A control that takes focus is shown whole inside its pane. The browser scrolls only a text
 * box's caret into view, so a tall box focused near a pane's edge would stay half hidden.
 * Panes only: the document itself never scrolls.
 */
export function useFocusInView(): void {
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const el = event.target;
      if (!(el instanceof HTMLElement)) return;
      const pane = el.closest<HTMLElement>('.detail-pane, .list-pane');
      if (!pane) return;
      const box = el.getBoundingClientRect();
      const view = pane.getBoundingClientRect();
      // Room kept at the top for a sticky header (the plan editor's), as scroll-padding.
      const keep = parseFloat(getComputedStyle(pane).scrollPaddingTop) || 0;
      if (box.height > pane.clientHeight - keep) return;
      if (box.top < view.top + keep || box.bottom > view.top + pane.clientHeight) {
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
}
