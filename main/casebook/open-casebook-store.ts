import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreMessage } from '../../shared/ipc/contract';
import type { Creator } from '../../shared/model/annotation';
import { settingsSchema } from '../../shared/model/settings';
import { defaultAnalyst } from '../profile/default-analyst';
import { openStore, type Store } from '../store';
import { analystLockName, SETTINGS_PATH } from '../store/store-paths';
import { openIdentityFile, type IdentityFile } from './identity-file';

/** A store opened as a casebook, with this machine's analyst. */
export interface CasebookStore {
  store: Store;
  identity: IdentityFile;
  /** Problems met reading the identity file. */
  messages: StoreMessage[];
}

/**
 * Opens the store folder `storeDir` as a casebook for the analyst whose identity is kept in
 * `profileDir` (the machine's user-data folder). The writer lock is the analyst's own, so
 * colleagues can open the same folder at once; a second process of the same analyst is still
 * refused. An analyst without an identity file yet keeps the analyst the store recorded only
 * when that is `osUser` — the id a store written on this machine before casebooks had (see
 * `defaultAnalyst`) — so their annotation files stay theirs; a casebook naming anyone else is a
 * colleague's, whose identity is never adopted, and the analyst starts as `fallback` (a new id).
 */
export async function openCasebookStore({
  storeDir,
  profileDir,
  fallback,
  osUser = defaultAnalyst(),
}: {
  storeDir: string;
  profileDir: string;
  fallback: Creator;
  osUser?: Creator;
}): Promise<CasebookStore> {
  const messages: StoreMessage[] = [];
  const recorded = await readRecordedAnalyst(storeDir);
  const identity = await openIdentityFile(profileDir, recorded?.id === osUser.id ? recorded : fallback, (m) => messages.push(m));
  const { analyst } = identity.get();
  const store = await openStore({
    dir: storeDir,
    defaultAnalyst: analyst,
    lockName: analystLockName(analyst.id),
    owner: () => identity.get().analyst,
  });
  return { store, identity, messages };
}

/** The analyst a store's settings name, if they can be read; a damaged file is the store's to recover. */
async function readRecordedAnalyst(storeDir: string): Promise<Creator | undefined> {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(await readFile(join(storeDir, SETTINGS_PATH), 'utf8')));
    return parsed.success ? parsed.data.analyst : undefined;
  } catch {
    return undefined;
  }
}
