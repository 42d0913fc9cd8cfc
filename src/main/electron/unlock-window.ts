import { BrowserWindow, ipcMain } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APP_BACKGROUND } from '../../shared/theme.ts';
import { UNLOCK_CHANNEL, type UnlockAnswer } from '../../shared/unlock-contract.ts';
import type { Unlocked, UnlockSession } from '../unlock/unlock-session.ts';
import { senderCheckFor } from './ipc.ts';
import { SPELLCHECK } from './window.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const unlockFile = path.join(here, '../renderer/unlock.html');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const unlockUrl = devServerUrl
  ? new URL('unlock.html', devServerUrl).href
  : pathToFileURL(unlockFile).href;

/** The unlock page and nothing else. */
export function isUnlockUrl(url: string): boolean {
  return url.split('#')[0] === unlockUrl;
}

const FORBIDDEN: UnlockAnswer = {
  ok: false,
  problem: 'not-from-window',
  message: 'This request did not come from the JointPlan unlock window.',
};

export interface UnlockWindow {
  /** The key once the page has unlocked the data; null when the therapist quits. */
  unlocked: Promise<Unlocked | null>;
  /** Closes the window (once the app's own window is open). */
  close(): void;
}

/**
 * The unlock page in its own window, locked down like the app's (sandboxed, isolated, no
 * navigation, no new windows), answering only its own page on one IPC channel. Closing the
 * window is quitting.
 */
export function openUnlockWindow(session: UnlockSession): UnlockWindow {
  const trusted = senderCheckFor(isUnlockUrl);
  ipcMain.handle(UNLOCK_CHANNEL, (event, request) =>
    trusted(event) ? session.handle(request) : FORBIDDEN,
  );
  const window = new BrowserWindow({
    width: 640,
    height: 720,
    minWidth: 420,
    minHeight: 480,
    show: false,
    title: 'Unlock JointPlan',
    backgroundColor: APP_BACKGROUND,
    webPreferences: {
      preload: path.join(here, '../preload/unlock.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: SPELLCHECK,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (!isUnlockUrl(event.url)) event.preventDefault();
  };
  window.webContents.on('will-navigate', guard);
  window.webContents.on('will-redirect', guard);
  window.webContents.on('will-frame-navigate', guard);
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  let closed = false;
  window.on('closed', () => {
    closed = true;
    void session.handle({ action: 'quit' });
  });
  if (devServerUrl) void window.loadURL(unlockUrl);
  else void window.loadFile(unlockFile);

  const unlocked = session.done.finally(() => ipcMain.removeHandler(UNLOCK_CHANNEL));
  return {
    unlocked,
    close: () => {
      if (!closed) window.destroy();
    },
  };
}
