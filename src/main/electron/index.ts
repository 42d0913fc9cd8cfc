import { app, dialog, ipcMain, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { openAppData, type AppData } from '../app-data.ts';
import { resolveDataDir } from '../data-dir.ts';
import { handleDownloads } from './downloads.ts';
import { workerRenderer } from '../handout/render-in-worker.ts';
import { bindIpc, senderCheckFor } from './ipc.ts';
import { installAppMenu } from './menu.ts';
import { unlockForElectron, type ElectronUnlock } from './unlock-flow.ts';
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
  let data: AppData;
  // Built beside this file by electron-vite (see electron.vite.config.ts).
  const renderHandout = workerRenderer(new URL('./handout-worker.js', import.meta.url));
  // Before the unlock window, which is held to the app's own files like the main one.
  lockDownSession();
  let unlock: ElectronUnlock;
  try {
    unlock = await unlockForElectron(dataDir);
    const { unlocked } = unlock;
    if (!unlocked) {
      app.exit(0);
      return;
    }
    // A database that cannot be used is moved aside and the window says so (app.info).
    data = await openAppData({
      dataDir,
      keys: { protector: unlocked.protector, ...unlocked.keys },
      appVersion: app.getVersion(),
      renderHandout,
      // A file too large to check page by page at start is checked by it after start.
      integrityWorker: new URL('./integrity-worker.js', import.meta.url),
    });
    // Ready for the first handout while the window opens.
    renderHandout.warm();
  } catch (error) {
    dialog.showErrorBox(
      'JointPlan cannot open its data',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  app.on('will-quit', () => data.close());

  handleDownloads(
    session.defaultSession,
    path.join(dataDir, 'preferences.json'),
    app.getPath('documents'),
  );
  bindIpc(ipcMain, data.api, senderCheckFor(isAppUrl));
  installAppMenu(() => mainWindow);
  mainWindow = createMainWindow(path.join(dataDir, 'window-state.json'));
  // The unlock window, if there was one, goes once the app's own window is there.
  unlock.window?.close();
  // After the window is up, so start-up never waits for it.
  data
    .runDailyBackup()
    .catch((error: unknown) => console.error('[backup] the daily backup failed', error));
  mainWindow.on('closed', () => (mainWindow = null));
}
