import type { RefObject } from 'react';
import { useOutletContext } from 'react-router';

/*
 * What the window's shell (app/AppShell.tsx) hands the screens inside it. It lives here, not
 * in app/, so features depend on this small promise rather than on the shell itself.
 */

const isMac = navigator.platform.toLowerCase().includes('mac');
/** The modifier shown in shortcut hints: ⌘ on a Mac, Ctrl elsewhere. */
export const MOD_KEY = isMac ? '⌘' : 'Ctrl+';

export interface ShellContext {
  /** The patient search box, for Ctrl/Cmd+F. */
  searchRef: RefObject<HTMLInputElement | null>;
}

export function useShellContext(): ShellContext {
  return useOutletContext<ShellContext>();
}
