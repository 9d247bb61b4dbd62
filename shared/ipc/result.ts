/** Error codes that cross IPC; the renderer shows `message`, which names the file and the problem. */
export type IpcErrorCode = 'invalid-request' | 'not-found' | 'import-failed' | 'export-failed' | 'store-failed' | 'internal';

/** How a request's outcome crosses IPC: a value, or an error the user can read. Never a thrown object. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

/** An error whose message is written for the analyst and may be shown as is. */
export class UserFacingError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
