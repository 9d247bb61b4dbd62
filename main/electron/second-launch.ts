import { resolve } from 'node:path';

/** What a second launch hands the running instance through `requestSingleInstanceLock`. */
export type SecondLaunchData = { storeDir: string };

/** Reads the store a second launch asked for from Electron's `additionalData`; null when it sent none. */
export function readSecondLaunch(additionalData: unknown): SecondLaunchData | null {
  if (typeof additionalData !== 'object' || additionalData === null) return null;
  const storeDir = (additionalData as { storeDir?: unknown }).storeDir;
  return typeof storeDir === 'string' && storeDir !== '' ? { storeDir } : null;
}

/**
 * What to tell the analyst when a second launch asks for `requestedStoreDir` while this
 * instance has `openStoreDir` open: null when it is the same store (the window just comes
 * forward), else why it cannot open there and what to do. One instance holds one store's
 * writer lock and serves one window, so another store needs this one closed first.
 */
export function explainSecondLaunch(requestedStoreDir: string, openStoreDir: string): { message: string; detail: string } | null {
  if (resolve(requestedStoreDir) === resolve(openStoreDir)) return null;
  return {
    message: 'Factmark is already open on another store.',
    detail:
      `This window uses the store in ${openStoreDir}. To work in ${requestedStoreDir}, quit Factmark ` +
      `(your changes are saved) and start it again with --store "${requestedStoreDir}".`,
  };
}
