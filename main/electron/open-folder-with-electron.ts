import { shell } from 'electron';
import type { OpenFolder } from '../ipc/library-handlers';

/** Shows folders with Electron's `shell.openPath`, which answers with the system's reason when it cannot (an empty string on success). */
export const openFolderWithElectron: OpenFolder = async (path) => {
  const problem = await shell.openPath(path);
  if (problem !== '') throw new Error(problem);
};
