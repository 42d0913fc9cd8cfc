// A recording stand-in for the parts of Electron the main process uses. When the main process
// loads its window, this calls a few IPC handlers as the window would and writes a report.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const report = { handlers: [], windows: [], menu: [], permissionHandlers: 0, calls: {} };
const handlers = new Map();
const listeners = () => {
  const map = new Map();
  return {
    on(name, fn) {
      map.set(name, fn);
      return this;
    },
    once(name, fn) {
      map.set(name, fn);
      return this;
    },
    emit(name, ...args) {
      map.get(name)?.(...args);
    },
  };
};

export const app = {
  ...listeners(),
  isPackaged: false,
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: (name) => `/tmp/fake-electron-${name}`,
  getVersion: () => '0.0.0-fake',
  quit: () => {},
  exit: (code) => process.exit(code),
};

export const ipcMain = {
  handle(channel, fn) {
    handlers.set(channel, fn);
    // The unlock window's channel comes and goes before the app's are bound.
    if (channel !== 'unlock') report.handlers.push(channel);
  },
  removeHandler(channel) {
    handlers.delete(channel);
  },
};

export const dialog = {
  showErrorBox(title, message) {
    writeFileSync(
      process.env.FAKE_ELECTRON_REPORT,
      JSON.stringify({ error: `${title}: ${message}` }),
    );
  },
  showMessageBoxSync: () => 1,
};

// A keychain that works (gnome-libsecret): what it encrypts only it can decrypt. Another
// FAKE_ELECTRON_KEYCHAIN is another computer's (or a reinstalled system's) keychain.
const keychainMark = `fake-keychain${process.env.FAKE_ELECTRON_KEYCHAIN ?? ''}:`;
export const safeStorage = {
  isAsyncEncryptionAvailable: async () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptStringAsync: async (text) => Buffer.from(`${keychainMark}${text}`).reverse(),
  decryptStringAsync: async (buffer) => {
    const text = Buffer.from(buffer).reverse().toString();
    if (!text.startsWith(keychainMark)) throw new Error('not this keychain');
    return { shouldReEncrypt: false, result: text.slice(keychainMark.length) };
  },
};

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};
const opened = [];
const external = [];
export const shell = {
  openExternal: async (url) => {
    external.push(url);
  },
  openPath: async (file) => {
    opened.push(file);
    return '';
  },
};
export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (template) => (report.menu = template.map((m) => m.label ?? m.role)),
};
export const session = {
  defaultSession: {
    ...listeners(),
    setPermissionRequestHandler: () => report.permissionHandlers++,
    setPermissionCheckHandler: () => report.permissionHandlers++,
    webRequest: { onBeforeRequest: (listener) => (requestFilter = listener) },
    setSpellCheckerDictionaryDownloadURL: (url) => (report.spellcheck.downloadUrl = url),
    setSpellCheckerEnabled: (enabled) => (report.spellcheck.enabled = enabled),
  },
};
report.spellcheck = {};
let requestFilter = null;
let windowOpenHandler = null;

export class BrowserWindow {
  constructor(options) {
    Object.assign(this, listeners());
    report.windows.push(options);
    this.webContents = {
      ...listeners(),
      setWindowOpenHandler: (handler) => (windowOpenHandler = handler),
      send: () => {},
    };
  }
  maximize() {}
  show() {}
  destroy() {
    this.destroyed = true;
    if (this.unlockReport) this.unlockReport.closed = true;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 };
  }
  async loadURL() {}
  /**
   * What the window's guards let through, as Electron would ask them: navigations (main frame
   * and subframes, redirects), new windows, and every request the session would make.
   */
  async probeSecurity(file) {
    const app = pathToFileURL(file).href;
    const dir = path.dirname(file);
    const navigations = {};
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const blocked = {};
      const targets = [
        [`${app}#/patients`, true],
        ['https://evil.example/', true],
        ['file:///etc/passwd', true],
        [pathToFileURL(path.join(dir, 'other.html')).href, true],
        ['blob:file:///0b8f4c1e-1111-4222-8333-944455556666', false],
        ['https://evil.example/frame', false],
        ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', false],
        ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', true],
        ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/index.html', false],
      ];
      for (const [url, isMainFrame] of targets) {
        let prevented = false;
        const event = { url, isMainFrame, preventDefault: () => (prevented = true) };
        this.webContents.emit(name, event, url, false, isMainFrame);
        blocked[`${isMainFrame ? 'main' : 'frame'} ${url}`] = prevented;
      }
      navigations[name] = blocked;
    }
    const opens = [
      'https://www.versusarthritis.org/',
      'mailto:clinic@example.org',
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
    ].map((url) => ({ url, action: windowOpenHandler?.({ url })?.action ?? null }));
    const requests = {};
    for (const url of [
      app,
      pathToFileURL(path.join(dir, 'assets', 'index.js')).href,
      pathToFileURL(path.join(dir, 'assets', 'pdf.worker.min.mjs')).href,
      'file:///etc/passwd',
      pathToFileURL(`${dir}-private/notes.txt`).href,
      `${pathToFileURL(dir).href}/%2e%2e/%2e%2e/package.json`,
      'blob:file:///0b8f4c1e-1111-4222-8333-944455556666',
      'https://fonts.example/font.woff2',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.js',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/index.js',
    ]) {
      requests[url] = await new Promise((resolve) =>
        requestFilter?.({ url }, (answer) => resolve(answer.cancel ? 'cancelled' : 'allowed')),
      );
    }
    return { navigations, opens, external, requests, spellcheck: report.spellcheck };
  }
  /**
   * The unlock page, as a therapist would use it: what it is asked, a request from elsewhere,
   * a wrong recovery key (the key file must not change), then FAKE_ELECTRON_RECOVERY_KEY.
   */
  async unlockPage(file) {
    const frame = { url: pathToFileURL(file).href };
    const fromWindow = { senderFrame: frame, sender: { mainFrame: frame } };
    const fromElsewhere = {
      senderFrame: { url: 'https://example.invalid/' },
      sender: { mainFrame: frame },
    };
    const unlock = (event, request) => handlers.get('unlock')(event, request);
    const dataDir = process.argv
      .find((a) => a.startsWith('--data-dir='))
      .slice('--data-dir='.length);
    const keyFile = () => readFileSync(path.join(dataDir, 'jointplan.keys.json'), 'utf8');
    const before = keyFile();
    this.unlockReport = report.unlock = { file, closed: false };
    report.unlock.state = await unlock(fromWindow, { action: 'state' });
    report.unlock.forbidden = await unlock(fromElsewhere, { action: 'state' });
    report.unlock.wrong = await unlock(fromWindow, {
      action: 'recovery-key',
      recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000',
    });
    report.unlock.keyFileUnchanged = keyFile() === before;
    report.unlock.right = await unlock(fromWindow, {
      action: 'recovery-key',
      recoveryKey: process.env.FAKE_ELECTRON_RECOVERY_KEY,
    });
  }
  async loadFile(file) {
    if (path.basename(file) === 'unlock.html') return this.unlockPage(file);
    report.rendererFile = file;
    const frame = { url: pathToFileURL(file).href };
    const fromWindow = { senderFrame: frame, sender: { mainFrame: frame } };
    const fromElsewhere = {
      senderFrame: { url: 'https://example.invalid/' },
      sender: { mainFrame: frame },
    };
    const call = (channel, event, input) => handlers.get(channel)(event, input);
    report.calls.before = await call('api:patients.search', fromWindow, { query: '' });
    report.calls.info = await call('api:app.info', fromWindow, {});
    report.calls.create = await call('api:patients.create', fromWindow, {
      patient: {
        givenName: 'Smoke',
        familyName: 'Test',
        preferredName: null,
        dateOfBirth: null,
        chartNumber: null,
        diagnosis: null,
        diseaseStage: null,
        affectedJoints: [],
        phone: null,
        notes: '',
      },
    });
    report.calls.invalid = await call('api:patients.create', fromWindow, { patient: {} });
    report.calls.forbidden = await call('api:patients.search', fromElsewhere, {});
    report.calls.catalogue = await call('api:catalogue.list', fromWindow, { kind: 'orthosis' });
    // A handout, which the desktop app draws on its bundled worker thread.
    const patientId = report.calls.create.value.id;
    const draft = await call('api:plans.createDraft', fromWindow, {
      patientId,
      source: { from: 'template', templateId: 'template.ra-hand-flare' },
    });
    await call('api:plans.saveDraft', fromWindow, {
      id: draft.value.id,
      content: {
        ...draft.value.content,
        therapist: 'Smoke OT',
        reviewDate: '2099-01-01',
        // Templates leave a splint's side to the therapist.
        orthoses: draft.value.content.orthoses.map((o) => ({ ...o, side: 'right' })),
      },
    });
    await call('api:plans.finalise', fromWindow, { id: draft.value.id });
    const handout = await call('api:handouts.create', fromWindow, { planId: draft.value.id });
    report.calls.handout = handout.ok
      ? {
          ok: true,
          start: Buffer.from(handout.value.pdfBase64, 'base64').subarray(0, 5).toString(),
          sha256: handout.value.sha256,
        }
      : handout;
    // Saving: the page offers files as downloads; the user picks a folder in the save dialog.
    const dialogs = [];
    const download = (fileName, savePath, writeFile = false) => {
      // Electron writes the file before 'done', with the umask's usual mode.
      if (writeFile) writeFileSync(savePath, '{}', { mode: 0o644 });
      const item = {
        ...listeners(),
        getFilename: () => fileName,
        getSavePath: () => savePath,
        setSaveDialogOptions: (options) => dialogs.push(options),
      };
      session.defaultSession.emit('will-download', {}, item);
      item.emit('done', {}, 'completed');
    };
    download('handout-a.pdf', '/home/jo/Handouts/handout-a.pdf');
    download('handout-b.pdf', '/home/jo/Handouts/handout-b.pdf');
    download('Okafor-Margaret-record.jointplan.json', '/home/jo/Moves/record.jointplan.json');
    download('report.html', '/home/jo/Downloads/report.html');
    download('handout-c.pdf', '/home/jo/Downloads/handout-c.exe');
    const realRecord = path.join(
      path.dirname(process.env.FAKE_ELECTRON_REPORT),
      'record.jointplan.json',
    );
    download('record.jointplan.json', realRecord, true);
    const savedMode = statSync(realRecord).mode & 0o777;
    report.downloads = { dialogs, opened, savedMode };
    report.security = await this.probeSecurity(file);
    writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(report));
    process.exit(0);
  }
}
