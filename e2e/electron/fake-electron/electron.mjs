// A recording stand-in for the parts of Electron's main-process API that main/electron uses, so
// the built shell (out/main/index.js) can run in plain Node where no Electron binary exists.
// Everything it sees lands on `globalThis.fakeElectron` for drive.mjs to inspect.
import { EventEmitter } from 'node:events';

const recorded = {
  schemes: [],
  handlers: new Map(),
  protocolHandlers: new Map(),
  beforeRequest: null,
  windows: [],
  sent: [],
  openedExternally: [],
  menu: null,
  onExit: () => {},
};
globalThis.fakeElectron = recorded;

class FakeApp extends EventEmitter {
  isPackaged = false;
  whenReady = () => Promise.resolve();
  enableSandbox = () => {};
  getPath = (name) => `/nonexistent/fake-electron/${name}`;
  setPath = () => {};
  requestSingleInstanceLock = () => true;
  quit = () => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) recorded.onExit(0);
  };
  exit = (code) => recorded.onExit(code);
}
export const app = new FakeApp();

export const ipcMain = {
  handle: (channel, listener) => recorded.handlers.set(channel, listener),
  removeHandler: (channel) => recorded.handlers.delete(channel),
};

export const protocol = { registerSchemesAsPrivileged: (schemes) => recorded.schemes.push(...schemes) };

export const session = {
  defaultSession: {
    protocol: { handle: (scheme, handler) => recorded.protocolHandlers.set(scheme, handler) },
    setPermissionRequestHandler: (handler) => (recorded.permissionRequest = handler),
    setPermissionCheckHandler: (handler) => (recorded.permissionCheck = handler),
    webRequest: { onBeforeRequest: (listener) => (recorded.beforeRequest = listener) },
  },
};

export const shell = {
  openExternal: async (url) => recorded.openedExternally.push(url),
  openPath: async () => '',
};

export const dialog = { showErrorBox: (title, message) => recorded.onExit(1, `${title}: ${message}`) };

export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (menu) => (recorded.menu = menu),
};

class FakeWebContents extends EventEmitter {
  send = (channel, ...args) => recorded.sent.push([channel, ...args]);
  setWindowOpenHandler = (handler) => (this.windowOpenHandler = handler);
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    app.emit('web-contents-created', {}, this.webContents);
    recorded.windows.push(this);
  }
  loadURL = async (url) => {
    this.url = url;
    this.emit('loaded');
  };
  isDestroyed = () => false;
  isMinimized = () => false;
  restore = () => {};
  show = () => {};
  focus = () => {};
}
