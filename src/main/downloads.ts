import { shell, type Session } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Saving a handout in the desktop app: the page offers the PDF as a download, Electron asks
 * where to save it (starting in the folder used last time), and the saved file opens in the
 * system's PDF viewer, ready to print.
 */
export function handleDownloads(session: Session, prefsFile: string, defaultFolder: string): void {
  const lastFolder = (): string => {
    try {
      const folder = (JSON.parse(readFileSync(prefsFile, 'utf8')) as { lastSaveFolder?: unknown })
        .lastSaveFolder;
      return typeof folder === 'string' ? folder : defaultFolder;
    } catch {
      return defaultFolder;
    }
  };
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({
      title: 'Save the handout',
      defaultPath: path.join(lastFolder(), item.getFilename()),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    item.once('done', (_doneEvent, state) => {
      if (state !== 'completed') return;
      const saved = item.getSavePath();
      writeFileSync(prefsFile, JSON.stringify({ lastSaveFolder: path.dirname(saved) }));
      void shell.openPath(saved);
    });
  });
}
