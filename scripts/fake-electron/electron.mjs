// A recording stand-in for the parts of Electron the main process uses. When the main process
// loads its window, this calls a few IPC handlers as the window would and writes a report.
import { writeFileSync } from 'node:fs';
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
    report.handlers.push(channel);
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

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};
const opened = [];
export const shell = {
  openExternal: async () => {},
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
    webRequest: { onBeforeRequest: () => {} },
  },
};

export class BrowserWindow {
  constructor(options) {
    Object.assign(this, listeners());
    report.windows.push(options);
    this.webContents = { ...listeners(), setWindowOpenHandler: () => {}, send: () => {} };
  }
  maximize() {}
  show() {}
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 };
  }
  async loadURL() {}
  async loadFile(file) {
    report.rendererFile = file;
    const frame = { url: pathToFileURL(file).href };
    const fromWindow = { senderFrame: frame, sender: { mainFrame: frame } };
    const fromElsewhere = {
      senderFrame: { url: 'https://example.invalid/' },
      sender: { mainFrame: frame },
    };
    const call = (channel, event, input) => handlers.get(channel)(event, input);
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
      content: { ...draft.value.content, therapist: 'Smoke OT', reviewDate: '2099-01-01' },
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
    const download = (fileName, savePath) => {
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
    report.downloads = { dialogs, opened };
    writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(report));
    process.exit(0);
  }
}
