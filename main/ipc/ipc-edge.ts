import { CHANNELS, isChannel } from '../../shared/ipc/channels';
import { contract, type Api } from '../../shared/ipc/contract';
import { UserFacingError, type IpcResult } from '../../shared/ipc/result';
import { isTrustedSender, REFUSED_SENDER_RESULT } from '../app-page/app-origin';

/** Handles one raw request from the untrusted side: channel name and payload as received. */
export type Dispatch = (channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;

/** The frame a request came from, as either shell reports it; null when it is gone. */
export type IpcSender = { url: string; isMainFrame: boolean } | null;

/** Answers one raw request from `sender`: the one edge both shells hand their requests to. */
export type AnswerRequest = (sender: IpcSender, channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;

/**
 * Wraps main's handlers so that every request is checked against the contract before a handler
 * sees it (the only schema check on the way to the store), and every outcome, including a
 * thrown error, becomes an `IpcResult`. `onUnexpected` hears errors that are not
 * `UserFacingError` (bugs), for logging.
 */
export function createDispatch(handlers: Api, onUnexpected: (error: unknown) => void = () => {}): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'invalid-request', message: `Unknown request "${String(channel)}".` } };
    }
    const parsed = contract[channel].input.safeParse(payload ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid-request', message: `Invalid request to ${channel}: ${parsed.error.issues[0]?.message ?? 'malformed'}.` },
      };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: { code: error.code, message: error.message } };
      onUnexpected(error);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `Factmark hit an unexpected error: ${message}` } };
    }
  };
}

/**
 * Puts the sender check in front of `dispatch`: a request is answered only when it comes from
 * the main frame of a page of `appOrigin`; any other resolves to `REFUSED_SENDER_RESULT`
 * without dispatching. The app never frames a page, so a subframe of even the app's own
 * origin is refused, as VS Code's `ValidatedIpcMain` does
 * (src/vs/base/parts/ipc/electron-main/ipcMain.ts): a frame's origin alone says nothing about
 * what put it there.
 */
export function answerAppRequests(dispatch: Dispatch, appOrigin: string): AnswerRequest {
  return async (sender, channel, payload) =>
    sender?.isMainFrame === true && isTrustedSender(sender.url, appOrigin) ? dispatch(channel, payload) : REFUSED_SENDER_RESULT;
}

/** The part of an IPC invoke event the sender check reads; Electron's `IpcMainInvokeEvent` fits. */
export type InvokeEventLike = { senderFrame: { url: string; parent: unknown } | null };

/** The part of Electron's `ipcMain` the registration uses, so tests can pass a fake. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
};

/**
 * Registers one Electron invoke handler per channel of `CHANNELS`, each answering through
 * `answerAppRequests(dispatch, appOrigin)`; refused or invalid requests resolve to an error
 * result rather than rejecting. Returns a function that removes every handler it registered.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, dispatch: Dispatch, appOrigin: string): () => void {
  const answer = answerAppRequests(dispatch, appOrigin);
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload) => {
      const frame = event.senderFrame;
      return answer(frame && { url: frame.url, isMainFrame: frame.parent === null }, channel, payload);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
