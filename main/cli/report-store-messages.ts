import type { StoreMessage } from '../../shared/ipc/contract';
import type { CliIo } from './cli-io';

/** Prints what the store recovered from (a corrupt file set aside, a backup loaded) on stderr. */
export function reportStoreMessages(messages: readonly StoreMessage[], io: CliIo): void {
  for (const m of messages) io.err(`factmark: ${m.file}: ${m.problem} ${m.action}`);
}
