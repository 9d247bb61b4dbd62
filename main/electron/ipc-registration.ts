import { CHANNELS, type Dispatch } from '../../shared/ipc';
import { isTrustedSender, REFUSED_SENDER_RESULT } from '../app-page/app-origin';

/** The part of an IPC invoke event the sender check reads; Electron's `IpcMainInvokeEvent` fits. */
export type InvokeEventLike = { senderFrame: { url: string } | null };

/** The part of Electron's `ipcMain` the registration uses, so tests can pass a fake. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
};

/**
 * Registers one invoke handler per channel of `CHANNELS`. Each checks the sending frame's
 * origin, then hands the raw payload to `dispatch`, which validates it against the contract;
 * refused or invalid requests resolve to an error result rather than rejecting. Returns a
 * function that removes every handler it registered.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, dispatch: Dispatch, appOrigin: string): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event.senderFrame?.url, appOrigin)) return REFUSED_SENDER_RESULT;
      return dispatch(channel, payload);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
