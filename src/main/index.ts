import { app, dialog, ipcMain, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { createAppApi } from './app-api.ts';
import { resolveDataDir } from './data-dir.ts';
import { openAppDatabase } from './bootstrap.ts';
import { runDailyBackup } from './db/backups.ts';
import { handleDownloads } from './downloads.ts';
import { workerRenderer } from './handout/render-in-worker.ts';
import { bindIpc, senderCheckFor } from './ipc.ts';
import { installAppMenu } from './menu.ts';
import { createMainWindow, isAppUrl, lockDownSession } from './window.ts';

let mainWindow: BrowserWindow | null = null;

// One JointPlan at a time: two processes writing one database invite lost edits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'));
  let db;
  try {
    db = await openAppDatabase(dataDir);
  } catch (error) {
    dialog.showErrorBox(
      'JointPlan cannot open its data',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  app.on('will-quit', () => db.close());

  lockDownSession();
  handleDownloads(
    session.defaultSession,
    path.join(dataDir, 'preferences.json'),
    app.getPath('documents'),
  );
  const api = createAppApi({
    db,
    dataDir,
    appVersion: app.getVersion(),
    // Built beside this file by electron-vite (see electron.vite.config.ts).
    renderHandout: workerRenderer(new URL('./handout-worker.js', import.meta.url)),
  });
  bindIpc(ipcMain, api, senderCheckFor(isAppUrl));
  installAppMenu(() => mainWindow);
  mainWindow = createMainWindow(path.join(dataDir, 'window-state.json'));
  // After the window is up, so start-up never waits for it.
  runDailyBackup(db, path.join(dataDir, 'backups')).catch((error: unknown) =>
    console.error('[backup] the daily backup failed', error),
  );
  mainWindow.on('closed', () => (mainWindow = null));
}
