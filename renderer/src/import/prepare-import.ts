import type { Client } from '../ipc/client';

/**
 * Tells main the analyst is about to import (the file chooser, a file dragged in, the paste
 * dialog), so the import worker starts while they pick or paste instead of after. Fire and
 * forget: the import itself reports any problem.
 */
export function prepareImport(client: Client): void {
  void client['import:prepare']({}).catch(() => {});
}
