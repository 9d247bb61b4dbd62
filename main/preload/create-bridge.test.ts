import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, COMMAND_EVENT, type AppCommand } from '../../shared/ipc/channels';
import { createBridge, type IpcRendererLike } from './create-bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function createFakeIpcRenderer() {
  const listeners = new Map<string, Set<Listener>>();
  const fake = {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    on(channel: string, listener: Listener) {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
    },
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'electron-internal' }, ...args);
    },
  } satisfies IpcRendererLike & Record<string, unknown>;
  return fake;
}

describe('createBridge', () => {
  it('exposes exactly one function per channel plus onCommand, and no ipcRenderer', () => {
    const bridge = createBridge(createFakeIpcRenderer());
    expect(Object.keys(bridge).sort()).toEqual([...CHANNELS, 'onCommand'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('invokes the matching channel with the input', async () => {
    const ipc = createFakeIpcRenderer();
    const bridge = createBridge(ipc);
    await expect(bridge['document:open']({ documentId: 'a1' })).resolves.toEqual({
      ok: true,
      value: { channel: 'document:open', input: { documentId: 'a1' } },
    });
    expect(ipc.invoke).toHaveBeenCalledWith('document:open', { documentId: 'a1' });
  });

  it('delivers app commands to the listener without the Electron event', () => {
    const ipc = createFakeIpcRenderer();
    const heard: AppCommand[] = [];
    createBridge(ipc).onCommand((command) => heard.push(command));
    ipc.emit(COMMAND_EVENT, 'undo');
    expect(heard).toEqual(['undo']);
  });

  it('drops unknown commands', () => {
    const ipc = createFakeIpcRenderer();
    const listener = vi.fn();
    createBridge(ipc).onCommand(listener);
    ipc.emit(COMMAND_EVENT, 'format-disk');
    ipc.emit(COMMAND_EVENT, { command: 'undo' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops delivering after unsubscribe', () => {
    const ipc = createFakeIpcRenderer();
    const listener = vi.fn();
    const unsubscribe = createBridge(ipc).onCommand(listener);
    unsubscribe();
    ipc.emit(COMMAND_EVENT, 'redo');
    expect(listener).not.toHaveBeenCalled();
  });
});
