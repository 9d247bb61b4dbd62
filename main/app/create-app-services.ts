import { randomUUID } from 'node:crypto';
import { createDispatch, type Dispatch } from '../../shared/ipc/dispatch';
import { importPlainText } from '../import/import-article';
import { defaultAnalyst } from './default-analyst';
import { createHandlers } from '../ipc/handlers';
import { SAMPLE_ARTICLE, SAMPLE_ARTICLE_FILE_NAME } from '../sample/sample-article';
import { openStore, type Store } from '../store';

/** The main process's working parts, whichever shell (Electron or the Chromium host) shows them. */
export interface AppServices {
  storeDir: string;
  store: Store;
  /** Answers one raw request from the renderer; validates it first. */
  dispatch: Dispatch;
  /** Waits for pending writes and releases the store. */
  close(): Promise<void>;
}

/**
 * Opens the store at `storeDir` (taking its writer lock), installs the sample article the first
 * time, and wires the IPC handlers. Throws a UserFacingError when the store is in use.
 */
export async function createAppServices({ storeDir }: { storeDir: string }): Promise<AppServices> {
  const store = await openStore({ dir: storeDir, defaultAnalyst: defaultAnalyst() });
  await installSampleOnce(store);
  const dispatch = createDispatch(createHandlers({ store, newId: randomUUID, now: () => new Date() }), (error) => {
    console.error('Factmark: unexpected error in a request handler:', error);
  });
  return { storeDir, store, dispatch, close: () => store.close() };
}

async function installSampleOnce(store: Store): Promise<void> {
  if (store.getSettings().sampleInstalled) return;
  const bytes = Buffer.from(SAMPLE_ARTICLE, 'utf8');
  await store.addArticle(importPlainText({ fileName: SAMPLE_ARTICLE_FILE_NAME, bytes }, randomUUID(), new Date()), bytes);
  await store.updateSettings({ sampleInstalled: true });
}
