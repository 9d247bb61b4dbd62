// A recording stand-in for the parts of Electron's main-process API that main/electron uses, so
// the built shell (out/main/index.js) can run in plain Node where no Electron binary exists.
// Everything it sees lands on `globalThis.fakeElectron` for the drivers beside it to inspect.
// Quitting and closing follow Electron's documented order: before-quit, then every window's
// 'close' (any preventDefault cancels the quit), then will-quit, then exit; closing the last
// window outside a quit emits window-all-closed.
import { EventEmitter } from 'node:events';
import vm from 'node:vm';

const recorded = {
  schemes: [],
  handlers: new Map(),
  protocolHandlers: new Map(),
  beforeRequest: null,
  windows: [],
  sent: [],
  openedExternally: [],
  errorBoxes: [],
  messageBoxes: [],
  singleInstanceData: null,
  menu: null,
  // The page's own world: what `webContents.executeJavaScript` runs in. A driver puts the
  // renderer's globals (such as its flush hook) here.
  pageWorld: vm.createContext({}),
  onExit: () => {},
};
globalThis.fakeElectron = recorded;

const cancellable = () => {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  quitting = false;
  whenReady = () => Promise.resolve();
  enableSandbox = () => {};
  getPath = (name) => `/nonexistent/fake-electron/${name}`;
  setPath = () => {};
  requestSingleInstanceLock = (additionalData) => {
    recorded.singleInstanceData = additionalData ?? null;
    return true;
  };
  quit = () => {
    if (this.emitCancellable('before-quit')) return;
    this.quitting = true;
    for (const window of [...recorded.windows]) window.close();
    this.quitting = false;
    if (recorded.windows.length > 0) return;
    this.quitWithoutBeforeQuit();
  };
  /** The tail of a quit: will-quit, then exit; what a quit looks like when before-quit never came. */
  quitWithoutBeforeQuit = () => {
    if (this.emitCancellable('will-quit')) return;
    this.emit('quit');
    recorded.onExit(0);
  };
  exit = (code) => recorded.onExit(code, recorded.errorBoxes.at(-1));
  emitCancellable(name) {
    const event = cancellable();
    this.emit(name, event);
    return event.defaultPrevented;
  }
}
export const app = new FakeApp();

export const ipcMain = {
  handle: (channel, listener) => recorded.handlers.set(channel, listener),
  removeHandler: (channel) => recorded.handlers.delete(channel),
};

export const protocol = { registerSchemesAsPrivileged: (schemes) => recorded.schemes.push(...schemes) };

function fakeSession() {
  return {
    protocol: { handle: (scheme, handler) => recorded.protocolHandlers.set(scheme, handler) },
    setPermissionRequestHandler: (handler) => (recorded.permissionRequest = handler),
    setPermissionCheckHandler: (handler) => (recorded.permissionCheck = handler),
    webRequest: { onBeforeRequest: (listener) => (recorded.beforeRequest = listener) },
  };
}
export const session = { defaultSession: fakeSession(), fromPartition: () => fakeSession() };

export const shell = {
  openExternal: async (url) => recorded.openedExternally.push(url),
  openPath: async () => '',
};

// No keychain, as on a Linux desktop without a secret service: tokens stay for the session.
export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: () => {
    throw new Error('Encryption is not available.');
  },
  decryptString: () => {
    throw new Error('Encryption is not available.');
  },
};

export const dialog = {
  showErrorBox: (title, message) => recorded.errorBoxes.push(`${title}: ${message}`),
  showMessageBox: async (_window, options) => {
    recorded.messageBoxes.push(options);
    return { response: 0 };
  },
};

export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (menu) => (recorded.menu = menu),
};

class FakeWebContents extends EventEmitter {
  destroyed = false;
  send = (channel, ...args) => recorded.sent.push([channel, ...args]);
  setWindowOpenHandler = (handler) => (this.windowOpenHandler = handler);
  isDestroyed = () => this.destroyed;
  executeJavaScript = async (code) => vm.runInContext(code, recorded.pageWorld);
}

export class BrowserWindow extends EventEmitter {
  destroyed = false;
  focusCount = 0;
  loads = [];
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    app.emit('web-contents-created', {}, this.webContents);
    recorded.windows.push(this);
  }
  loadURL = async (url) => {
    this.url = url;
    this.loads.push(url);
    this.emit('loaded');
  };
  close = () => {
    if (this.destroyed) return;
    const event = cancellable();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  };
  destroy = () => {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    recorded.windows.splice(recorded.windows.indexOf(this), 1);
    this.emit('closed');
    if (recorded.windows.length === 0 && !app.quitting) app.emit('window-all-closed');
  };
  isDestroyed = () => this.destroyed;
  isMinimized = () => false;
  menuBarVisible = true;
  setMenuBarVisibility = (visible) => (this.menuBarVisible = visible);
  restore = () => {};
  show = () => {};
  focus = () => (this.focusCount += 1);
}
