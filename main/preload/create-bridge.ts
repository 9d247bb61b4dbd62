import type { Bridge } from '../../shared/ipc/bridge';
import { APP_COMMANDS, CHANNELS, COMMAND_EVENT, type AppCommand } from '../../shared/ipc/channels';

/** The part of Electron's `ipcRenderer` the bridge uses, so tests can pass a fake. */
export type IpcRendererLike = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
};

function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}

/**
 * Builds what the preload exposes as `window.factmark`: one function per channel of `CHANNELS`,
 * each invoking that channel with its single argument, plus `onCommand`, which hears only known
 * app commands and returns an unsubscribe. `ipcRenderer` itself, and the Electron event, never
 * reach the page.
 */
export function createBridge(ipcRenderer: IpcRendererLike): Bridge {
  const requests = Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])) as Omit<
    Bridge,
    'onCommand'
  >;
  return {
    ...requests,
    onCommand(listener) {
      const forward = (_event: unknown, command: unknown) => {
        if (isAppCommand(command)) listener(command);
      };
      ipcRenderer.on(COMMAND_EVENT, forward);
      return () => {
        ipcRenderer.removeListener(COMMAND_EVENT, forward);
      };
    },
  };
}
