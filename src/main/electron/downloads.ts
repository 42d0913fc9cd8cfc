import { shell, type Session } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { privateSavedFile } from '../db/private-files.ts';
import { downloadKindOf, saveDialogOptions } from './download-choices.ts';

/** The one thing remembered between saves; a file that does not hold it means "none yet". */
const prefsSchema = z.object({ lastSaveFolder: z.string() });

/**
 * Saving in the desktop app: the page offers a handout (PDF) or a patient record (JSON) as a
 * download, Electron asks where to save it (starting in the folder used last time), and a
 * saved handout opens in the system's PDF viewer, ready to print. Either holds health data, so
 * it is made readable by this user only, as the data folder is.
 */
export function handleDownloads(session: Session, prefsFile: string, defaultFolder: string): void {
  const lastFolder = (): string => {
    try {
      const prefs = prefsSchema.safeParse(JSON.parse(readFileSync(prefsFile, 'utf8')));
      return prefs.success ? prefs.data.lastSaveFolder : defaultFolder;
    } catch {
      return defaultFolder;
    }
  };
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), lastFolder()));
    item.once('done', (_doneEvent, state) => {
      if (state !== 'completed') return;
      const saved = item.getSavePath();
      privateSavedFile(saved);
      writeFileSync(prefsFile, JSON.stringify({ lastSaveFolder: path.dirname(saved) }));
      if (downloadKindOf(saved).openAfterSave) void shell.openPath(saved);
    });
  });
}
