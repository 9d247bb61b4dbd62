import { randomUUID } from 'node:crypto';
import { createDispatch, type Dispatch } from '../ipc/ipc-edge';
import { withArticleLanguage } from '../import/article-language';
import { importPlainText } from '../import/import-article';
import { defaultAnalyst } from '../profile/default-analyst';
import { createHandlers } from '../ipc/handlers';
import type { OpenFolder } from '../ipc/library-handlers';
import { openFolderWithSystem } from './open-folder-with-system';
import { SAMPLE_ARTICLE, SAMPLE_ARTICLE_FILE_NAME } from '../sample/sample-article';
import type { Store } from '../store';
import { openCasebook, type Casebook } from '../casebook/casebook';
import { openCasebookStore } from '../casebook/open-casebook-store';
import { newAnalyst } from '../casebook/identity-file';
import { userDataDir } from '../profile/user-data-dir';
import { startArticleWatch, type WatchTimer } from '../archive/watch-schedule';
import type { AppCommand } from '../../shared/ipc/channels';
import type { RenderPdf } from '../export/render-pdf';
import { createSessionVault, createSyncService, type CredentialVault, type SyncService } from '../sync/sync-service';

/** The main process's working parts, whichever shell (Electron or the Chromium host) shows them. */
export interface AppServices {
  storeDir: string;
  /** The one door to the store (see `Casebook`); `onWrite` on it hears every file this process writes. */
  store: Casebook;
  /** Answers one raw request from the renderer; validates it first. */
  dispatch: Dispatch;
  /** The casebook's git sync; the shell tells it when the window gains focus. */
  sync: SyncService;
  /** Hears commands main sends the renderer unasked (a colleague's file changed on disk, a store file recovered). */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Waits for pending writes and releases the store. */
  close(): Promise<void>;
}

/**
 * Opens the store at `storeDir` as a casebook (taking this analyst's writer lock; the analyst's
 * identity is read from `profileDir`, by default the user-data folder), installs the sample article the first
 * time, and wires the IPC handlers. Throws a UserFacingError when the store is in use.
 */
export async function createAppServices({
  storeDir,
  profileDir = userDataDir(),
  renderPdf,
  vault = createSessionVault(),
  openFolder = openFolderWithSystem(),
  watchTimer,
}: {
  storeDir: string;
  /** Where a remote's token is kept: the system keychain in Electron; this session's memory by default. */
  vault?: CredentialVault;
  profileDir?: string;
  /** Prints exported reports to PDF: Electron's printToPDF, or the Playwright one for the Chromium host; PDF export is refused when not given. */
  renderPdf?: RenderPdf;
  /** Shows the store's folder (Settings › Show in folder): Electron's shell, else the system's opener. */
  openFolder?: OpenFolder;
  /** The hourly article watch's timer (Settings › watch articles); a real interval by default. */
  watchTimer?: WatchTimer;
}): Promise<AppServices> {
  // The store folder may be a casebook shared with colleagues; who the analyst is stays on this machine.
  // An analyst new to this machine and to the store gets an id no colleague will also get.
  const opened = await openCasebookStore({ storeDir, profileDir, fallback: newAnalyst(defaultAnalyst().name) });
  await installSampleOnce(opened.store);
  const store = openCasebook({ ...opened, newId: randomUUID, now: () => new Date() });
  const sync = await createSyncService({ storeDir, me: () => store.analyst(), writes: store, vault });
  const dispatch = createDispatch(
    createHandlers({ casebook: store, newId: randomUUID, now: () => new Date(), renderPdf, sync: sync.handlers, openFolder }),
    (error) => {
      console.error('Factmark: unexpected error in a request handler:', error);
    },
  );
  // The window hears of a version the watch added as of a colleague's new article: its library and open article look again.
  const watchListeners = new Set<(command: AppCommand) => void>();
  const stopWatch = startArticleWatch(
    {
      store,
      analyst: () => store.analyst(),
      isOn: () => store.getSettings().watchArticles ?? false,
      check: async (documentId) => {
        const answer = await dispatch('document:checkForChanges', { documentId });
        if (!answer.ok) throw new Error(answer.error.message);
        const { changed } = answer.value as { changed: boolean };
        if (changed) for (const listener of watchListeners) listener('library-changed');
        return { changed };
      },
    },
    watchTimer,
  );
  const onCommand = (listener: (command: AppCommand) => void) => {
    const stopCasebook = store.onCommand(listener);
    // Every file the store recovers from, whenever it is read, reaches the banner.
    const stopMessages = store.onMessage(() => listener('store-messages-changed'));
    watchListeners.add(listener);
    return () => {
      stopCasebook();
      stopMessages();
      watchListeners.delete(listener);
    };
  };
  const close = async () => {
    await stopWatch();
    await sync.close();
    await store.close();
  };
  return { storeDir, store, sync, dispatch, onCommand, close };
}

async function installSampleOnce(store: Store): Promise<void> {
  if (store.getSettings().sampleInstalled) return;
  const bytes = Buffer.from(SAMPLE_ARTICLE, 'utf8');
  // Through language detection like any import, so the sample's header names its language.
  const article = await withArticleLanguage(importPlainText({ fileName: SAMPLE_ARTICLE_FILE_NAME, bytes }, randomUUID(), new Date()));
  await store.addArticle(article, bytes);
  await store.updateSettings({ sampleInstalled: true });
}
