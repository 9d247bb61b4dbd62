/** What `npm start -- …` was asked for. */
export type StartOptions = {
  /** Start, wait until the library is interactive, print `ready in N ms`, exit. */
  smoke: boolean;
  /** Expose the window over the Chrome DevTools Protocol on this port. */
  remoteDebuggingPort?: number;
  /** The arguments the app itself reads (`--store DIR`, and the switches Electron reads). */
  appArgs: string[];
};

/**
 * Reads `npm start`'s own flags out of the arguments after `--`: `--smoke`, and
 * `--remote-debugging-port=PORT` (or `--remote-debugging-port PORT`), which stays among the
 * app's arguments too, since Electron reads the same switch. Throws on a port that is not one.
 */
export function parseStartArgs(argv: readonly string[]): StartOptions {
  const appArgs: string[] = [];
  let smoke = false;
  let remoteDebuggingPort: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--smoke') {
      smoke = true;
      continue;
    }
    if (arg === '--remote-debugging-port' || arg.startsWith('--remote-debugging-port=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      remoteDebuggingPort = parsePort(value);
      appArgs.push(`--remote-debugging-port=${remoteDebuggingPort}`);
      continue;
    }
    appArgs.push(arg);
  }
  return { smoke, remoteDebuggingPort, appArgs };
}

function parsePort(value: string | undefined): number {
  const port = Number(value);
  if (!value || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--remote-debugging-port needs a port number from 1 to 65535, not "${value ?? ''}".`);
  }
  return port;
}
