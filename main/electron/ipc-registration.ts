import { CHANNELS, type Dispatch, type IpcResult } from '../../shared/ipc';
import { isSameOrigin } from './app-origin';

/** The part of an IPC invoke event the sender check reads; Electron's `IpcMainInvokeEvent` fits. */
export type InvokeEventLike = { senderFrame: { url: string } | null };

/** The part of Electron's `ipcMain` the registration uses, so tests can pass a fake. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
};

/** What a request from a page outside the app's origin gets back; the handler never runs. */
export const REFUSED_SENDER_RESULT: IpcResult<never> = {
  ok: false,
  error: { code: 'invalid-request', message: "Request refused: it did not come from Factmark's own page." },
};

/**
 * Tells whether a request comes from a page of the app's origin. A missing frame (navigated
 * away or destroyed while the request was in flight) is not trusted.
 */
export function isTrustedSender(frameUrl: string | null | undefined, appOrigin: string): boolean {
  return typeof frameUrl === 'string' && isSameOrigin(frameUrl, appOrigin);
}

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
