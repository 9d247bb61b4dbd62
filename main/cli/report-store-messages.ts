import type { StoreMessage } from '../../shared/ipc/contract';
import { openStore, type OpenStoreOptions, type Store } from '../store';
import type { CliIo } from './cli-io';

/** One store problem as the line the command line prints on stderr. */
export function formatStoreMessage(m: StoreMessage): string {
  return `factmark: ${m.file}: ${m.problem} ${m.action}`;
}

/**
 * Opens the store for a command, printing on stderr every problem the store recovers from (a
 * damaged file set aside, a backup loaded, a read-only file) the moment it happens: while
 * opening and whenever a file is read later, such as a colleague's layer read for an export.
 * Every command that reads a store opens it here, so none can stay silent about a recovery.
 */
export function openStoreReporting(options: Omit<OpenStoreOptions, 'onMessage'>, io: CliIo): Promise<Store> {
  return openStore({ ...options, onMessage: (m) => io.err(formatStoreMessage(m)) });
}
