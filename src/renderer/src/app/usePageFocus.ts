import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusPageHeading, mainPane, resetPageScroll } from '../lib/page-top.ts';

/** How long to wait for a page still loading its heading before giving up. */
const WAIT_FRAMES = 120;

/**
 * On every change of page (not of its query string), the new page opens at its top and its
 * heading takes focus once it has rendered; or, when the navigation asks for it with
 * `state: { focusField: name }` (Ctrl+N), the field of that name. Focus is left alone when it is in a list whose
 * selection follows the arrow keys (the patient list), or when something else has already
 * taken it since (Ctrl+F's search box, a field the new page focused itself).
 */
export function usePageFocus(): void {
  const location = useLocation();
  const { pathname } = location;
  const focusField = (location.state as { focusField?: unknown } | null)?.focusField;
  const field = typeof focusField === 'string' ? focusField : null;
  // A request to focus a field counts even on the same page (Ctrl+N on the form itself).
  const request = field ? location.key : null;
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const page = `${pathname}#${request ?? ''}`;
    const firstPage = shown.current === null;
    if (shown.current === page) return;
    shown.current = page;
    // The window's first page: nothing has moved yet, and the browser starts at the top.
    if (firstPage) return;
    resetPageScroll();
    const before = document.activeElement;
    if (!field && before?.closest('[role="listbox"]')) return;
    // Already inside the new page: the page put it there.
    if (!field && before && mainPane()?.contains(before)) return;
    let frame = 0;
    let frames = 0;
    const attempt = () => {
      const now = document.activeElement;
      const movedElsewhere =
        now !== null && now !== document.body && now !== before && now.isConnected;
      if (movedElsewhere) return;
      const target = field
        ? mainPane()?.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`)
        : null;
      if (target) return target.focus();
      if (!field && focusPageHeading()) return;
      if (++frames < WAIT_FRAMES) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [pathname, field, request]);
}
