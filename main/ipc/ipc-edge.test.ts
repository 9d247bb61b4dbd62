import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Api } from '../../shared/ipc';
import { APP_ORIGIN, REFUSED_SENDER_RESULT } from '../app-page/app-origin';
import { answerAppRequests, createDispatch, type Dispatch, type InvokeEventLike, type IpcMainLike, registerIpcHandlers } from './ipc-edge';

type Listener = (event: InvokeEventLike, payload: unknown) => Promise<unknown>;

function createFakeIpcMain(): IpcMainLike & { listeners: Map<string, Listener> } {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
    removeHandler(channel) {
      listeners.delete(channel);
    },
  };
}

const fromApp: InvokeEventLike = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } };

function invoke(ipcMain: ReturnType<typeof createFakeIpcMain>, channel: string, event: InvokeEventLike, payload: unknown) {
  const listener = ipcMain.listeners.get(channel);
  if (!listener) throw new Error(`No handler for ${channel}`);
  return listener(event, payload);
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per channel', () => {
    const ipcMain = createFakeIpcMain();
    registerIpcHandlers(ipcMain, vi.fn<Dispatch>(), APP_ORIGIN);
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes a request from the app page to dispatch and returns its result', async () => {
    const ipcMain = createFakeIpcMain();
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: ['listed'] }));
    registerIpcHandlers(ipcMain, dispatch, APP_ORIGIN);
    await expect(invoke(ipcMain, 'library:list', fromApp, {})).resolves.toEqual({ ok: true, value: ['listed'] });
    expect(dispatch).toHaveBeenCalledWith('library:list', {});
  });

  it.each([
    ['a foreign page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a look-alike app host', { senderFrame: { url: 'app://factmark.evil/index.html', parent: null } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/index.html', parent: null } }],
    ['a destroyed frame', { senderFrame: null }],
    ['a frame inside the app page', { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: { url: `${APP_ORIGIN}/index.html` } } }],
  ] satisfies [string, InvokeEventLike][])('refuses a request from %s without dispatching it', async (_name, event) => {
    const ipcMain = createFakeIpcMain();
    const dispatch = vi.fn<Dispatch>();
    registerIpcHandlers(ipcMain, dispatch, APP_ORIGIN);
    await expect(invoke(ipcMain, 'settings:get', event, {})).resolves.toEqual(REFUSED_SENDER_RESULT);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('returns the contract error for a malformed payload, never reaching the handler', async () => {
    const ipcMain = createFakeIpcMain();
    const open = vi.fn();
    const dispatch = createDispatch({ 'document:open': open } as unknown as Api);
    registerIpcHandlers(ipcMain, dispatch, APP_ORIGIN);
    const result = await invoke(ipcMain, 'document:open', fromApp, { documentId: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(open).not.toHaveBeenCalled();
  });

  it('removes every handler it registered', () => {
    const ipcMain = createFakeIpcMain();
    const unregister = registerIpcHandlers(ipcMain, vi.fn<Dispatch>(), APP_ORIGIN);
    unregister();
    expect(ipcMain.listeners.size).toBe(0);
  });
});

describe('answerAppRequests', () => {
  const HOST_ORIGIN = 'https://factmark.localhost';

  it("answers the main frame of the app's page, as the Chromium host reports it", async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'saved' }));
    const answer = answerAppRequests(dispatch, HOST_ORIGIN);
    await expect(answer({ url: `${HOST_ORIGIN}/index.html`, isMainFrame: true }, 'settings:get', {})).resolves.toEqual({
      ok: true,
      value: 'saved',
    });
    expect(dispatch).toHaveBeenCalledWith('settings:get', {});
  });

  it.each([
    ['another origin', { url: 'https://factmark.localhost.evil/index.html', isMainFrame: true }],
    ['a subframe of the app origin', { url: `${HOST_ORIGIN}/index.html`, isMainFrame: false }],
    ['a frame that is gone', null],
  ])('refuses %s without dispatching', async (_name, sender) => {
    const dispatch = vi.fn<Dispatch>();
    await expect(answerAppRequests(dispatch, HOST_ORIGIN)(sender, 'settings:get', {})).resolves.toEqual(REFUSED_SENDER_RESULT);
    expect(dispatch).not.toHaveBeenCalled();
  });
});
