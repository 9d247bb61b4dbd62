import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where the store lives: `--store DIR` (or `--store=DIR`) on the command line, else the
 * FACTMARK_STORE environment variable, else `store/` under the app's user-data folder.
 * Relative paths resolve against the current directory.
 */
export function resolveStoreDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const fromFlag = readStoreFlag(argv);
  const chosen = fromFlag ?? (env.FACTMARK_STORE?.trim() || undefined);
  if (chosen === undefined) return join(userDataDir, 'store');
  return isAbsolute(chosen) ? chosen : resolve(chosen);
}

function readStoreFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--store') return argv[i + 1];
    if (arg?.startsWith('--store=')) return arg.slice('--store='.length);
  }
  return undefined;
}
