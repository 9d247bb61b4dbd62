import { dirname } from 'node:path';
import { UserFacingError } from '../../shared/ipc/result';

/**
 * A store write that did not happen: the file on disk still holds what it held before, and the
 * message, written for the analyst, names the file and the cause. `errno` is the system's error
 * code (ENOSPC, EIO…), or 'read-only' and 'not-kept' for what Factmark itself found.
 */
export class WriteFailedError extends UserFacingError {
  constructor(
    readonly file: string,
    readonly errno: string,
    message: string,
  ) {
    super('store-failed', message);
    this.name = 'WriteFailedError';
  }
}

/** The file was written whole but the disk gave back other bytes (size or checksum differ). */
export const NOT_KEPT = 'not-kept';
/** The file's write permission is off: someone made it read-only on purpose. */
export const READ_ONLY = 'read-only';

/** What the system's error code means for the folder `disk`, and what the analyst can do about it. */
function describeCause(code: string, disk: string): { cause: string; remedy: string } | undefined {
  switch (code) {
    case 'ENOSPC':
      return { cause: `The disk holding ${disk} is full`, remedy: 'free space' };
    case 'EDQUOT':
      return { cause: `Your disk quota on ${disk} is used up`, remedy: 'free space' };
    case 'EIO':
      return { cause: `The disk holding ${disk} reported an input/output error (EIO)`, remedy: 'check the disk or its connection' };
    case 'EROFS':
      return { cause: `The disk holding ${disk} is read-only (EROFS)`, remedy: 'make it writable' };
    case 'EACCES':
    case 'EPERM':
      return { cause: `Factmark is not allowed to write in ${disk} (${code})`, remedy: 'give your user write permission there' };
    default:
      return undefined;
  }
}

function codeOf(error: unknown): string {
  return String((error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown');
}

/**
 * Turns whatever stopped the write of `file` into a WriteFailedError with a message naming the
 * file and the cause in plain words: a full disk, a used-up quota, a failing disk, a read-only
 * disk, missing permission ("The disk holding … is full: the change to … was not saved; free
 * space and try again" — the app adds that it keeps the change and retries). An error that
 * already is one passes through.
 */
export function toWriteFailure(file: string, error: unknown): WriteFailedError {
  if (error instanceof WriteFailedError) return error;
  const code = codeOf(error);
  const known = describeCause(code, dirname(file));
  if (!known)
    return new WriteFailedError(file, code, `Factmark could not save ${file}: ${error instanceof Error ? error.message : String(error)}`);
  return new WriteFailedError(file, code, `${known.cause}: the change to ${file} was not saved; ${known.remedy} and try again.`);
}

/**
 * The error for a store that could not be opened for writing (its folder or writer lock could not
 * be made) because of `error`: a UserFacingError naming the folder and the cause, or undefined
 * when the error is not the disk's doing.
 */
export function toOpenFailure(storeDir: string, error: unknown): UserFacingError | undefined {
  const known = describeCause(codeOf(error), storeDir);
  return (
    known &&
    new UserFacingError(
      'store-failed',
      `${known.cause}: the store ${storeDir} could not be opened for writing and nothing was changed; ${known.remedy} and try again.`,
    )
  );
}

/** The failure for a file whose write permission is off: reported, never written over. */
export function readOnlyFileFailure(file: string): WriteFailedError {
  return new WriteFailedError(
    file,
    READ_ONLY,
    `${file} is read-only: the change to it was not saved; make the file writable and try again.`,
  );
}

/** The failure for a temp file that did not read back as written (a disk that drops or alters bytes). */
export function notKeptFailure(file: string, detail: string): WriteFailedError {
  return new WriteFailedError(
    file,
    NOT_KEPT,
    `The disk holding ${dirname(file)} did not keep what was written (${detail}): the change to ${file} was not saved; try again, and check the disk if this keeps happening.`,
  );
}
