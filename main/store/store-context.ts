import type { StoreMessage } from '../../shared/ipc/contract';
import type { FileFormat } from './parse-stored-json';
import { StoreFileAdapter, type StoreFileOptions } from './store-file';

/** What every part of an open store shares: where it is, whether it may write, where problems go. */
export interface StoreContext {
  storeDir: string;
  readOnly: boolean;
  report: (message: StoreMessage) => void;
  /** Hears the store-relative path of each file once it is durably written (see `Store.onWrite`). */
  written?: (relPath: string) => void;
  backupIntervalMs?: number;
}

/** Creates the adapter for one store file with the context's settings. */
export function createStoreFile<T>(
  context: StoreContext,
  relPath: string,
  format: FileFormat<T>,
  extra: Pick<StoreFileOptions<T>, 'pretty' | 'required' | 'serialize' | 'shared'> = {},
): StoreFileAdapter<T> {
  return new StoreFileAdapter({ ...context, relPath, format, ...extra });
}
