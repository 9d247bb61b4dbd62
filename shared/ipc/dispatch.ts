import { isChannel } from './channels';
import { contract, type Api } from './contract';
import { UserFacingError, type IpcResult } from './result';

/** Handles one raw request from the untrusted side: channel name and payload as received. */
export type Dispatch = (channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;

/**
 * Wraps main's handlers so that every request is checked against the contract before a handler
 * sees it, and every outcome, including a thrown error, becomes an `IpcResult`.
 * `onUnexpected` hears errors that are not `UserFacingError` (bugs), for logging.
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
