import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc-channels.ts';

/**
 * Ctrl/Cmd+N and Ctrl/Cmd+F, from the keyboard or from Electron's menu. The page handles
 * them itself, so the web host and the desktop app behave the same.
 */
export function useGlobalShortcuts(handlers: Record<MenuCommand, () => void>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'n') {
        event.preventDefault();
        handlers['new-patient']();
      } else if (key === 'f') {
        event.preventDefault();
        handlers.find();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const offMenu = window.shell?.onMenuCommand((command) => handlers[command]());
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu?.();
    };
  }, [handlers]);
}
