import { BrowserWindow, dialog, screen, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APP_BACKGROUND } from '../../shared/theme.ts';
import { DEFAULT_WINDOW_SIZE, loadWindowState, saveWindowState } from './window-state.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererFile = path.join(here, '../renderer/index.html');
const rendererDir = path.dirname(rendererFile);
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

/** True for the app's own page and nothing else. */
export function isAppUrl(url: string): boolean {
  if (devServerUrl) return url.startsWith(devServerUrl);
  return url.split('#')[0] === pathToFileURL(rendererFile).href;
}

/** A blob: the app's page made (the handout PDF it prints), not one of another origin. */
function isAppBlobUrl(url: string): boolean {
  if (!url.startsWith('blob:')) return false;
  const inner = url.slice('blob:'.length);
  return devServerUrl ? inner.startsWith(new URL(devServerUrl).origin) : inner.startsWith('file:');
}

/**
 * Chromium's built-in PDF viewer (an extension bundled in Electron). Since Electron 31 it runs
 * in an out-of-process iframe inside the frame showing the PDF, so printing a handout
 * navigates a subframe to it and loads its files.
 */
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/**
 * Whether a frame may go to `url`: the main frame only to the app's page; a subframe also to
 * the app's own blob: PDF and the PDF viewer, which print it (printPdf in the renderer).
 */
export function mayNavigate(url: string, isMainFrame: boolean): boolean {
  if (isAppUrl(url)) return true;
  return !isMainFrame && (isAppBlobUrl(url) || url.startsWith(PDF_VIEWER));
}

/**
 * The app's own files: the built renderer folder and nothing outside it. Any file: URL would
 * let a page (or a script slipped into one) read whatever the user can read.
 */
export function isAppFileUrl(url: string): boolean {
  if (!url.startsWith('file:')) return false;
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return false;
  }
  const relative = path.relative(rendererDir, path.resolve(file));
  return !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..';
}

/** Links the system may open for the user: the web and e-mail, never files or programs. */
const EXTERNAL_SCHEMES = new Set(['https:', 'mailto:']);

export function mayOpenExternally(url: string): boolean {
  try {
    return EXTERNAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Spellcheck: macOS uses its own spellchecker; elsewhere Chromium downloads Hunspell
 * dictionaries from Google's servers, which an offline app whose data never leaves the
 * machine must not do, so there it is off (the session too: it may download without a window).
 */
export const SPELLCHECK = process.platform === 'darwin';

/** Deny every permission (camera, notifications, …): a clinical app needs none of them. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  if (!SPELLCHECK) session.defaultSession.setSpellCheckerEnabled(false);
  // The app makes no outbound requests; anything but its own files is refused.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppFileUrl(details.url) ||
      isAppBlobUrl(details.url) ||
      details.url.startsWith(PDF_VIEWER) ||
      details.url.startsWith('devtools:') ||
      (devServerUrl !== undefined && details.url.startsWith(devServerUrl.replace(/\/$/, '')));
    callback({ cancel: !allowed });
  });
}

export function createMainWindow(stateFile: string): BrowserWindow {
  const saved = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...(saved
      ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
      : DEFAULT_WINDOW_SIZE),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'JointPlan',
    backgroundColor: APP_BACKGROUND,
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: SPELLCHECK,
      // Chromium's PDF viewer, which prints a handout from the page (printPdf in the renderer),
      // is a plugin. The in-app preview is drawn by pdf.js on a canvas and needs none.
      plugins: true,
    },
  });
  if (saved?.maximized) window.maximize();

  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the outside world open in the user's browser, never inside the app.
    if (mayOpenExternally(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // A navigation, a server redirect and a subframe's navigation are guarded alike.
  const guard = (event: { url: string; isMainFrame?: boolean; preventDefault(): void }) => {
    if (!mayNavigate(event.url, event.isMainFrame ?? true)) event.preventDefault();
  };
  window.webContents.on('will-navigate', guard);
  window.webContents.on('will-redirect', guard);
  window.webContents.on('will-frame-navigate', guard);
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());

  // The page refuses to unload while a form has unsaved changes; Electron shows no prompt of
  // its own, so ask here. preventDefault() means "close anyway".
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: 'Discard unsaved changes?',
      message: 'Discard unsaved changes?',
      detail:
        'The changes you made have not been saved. If you close JointPlan now they will be lost.',
      buttons: ['Discard changes', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
  });

  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
  return window;
}
