import type { AppCommand } from '../../shared/ipc/channels';
import type { Api, StoreMessage } from '../../shared/ipc/contract';
import type { Creator } from '../../shared/model/annotation';
import type { Settings } from '../../shared/model/settings';
import { buildAdjudicatedLayer } from '../../shared/review/adjudicated-layer';
import { appearanceOf } from '../../shared/review/analyst-appearance';
import { toPlainText } from '../../shared/text/plain-text';
import type { Store } from '../store';
import { layerPath } from '../store/store-paths';
import { createColleagueFiles } from './colleague-files';
import { deleteForGood, type DeletedForGood } from './delete-for-good';
import { withIdentity, type IdentityFile } from './identity-file';
import { importColleagueLayer } from './import-colleague-layer';
import { createReviewFiles } from '../store/review-files';
import { watchCasebook } from './watch-casebook';

/** The channels the casebook answers. */
export type CasebookChannels = 'profile:update' | 'layers:list' | 'review:apply' | 'layers:importColleague';

/**
 * The store seen as a casebook, and the door the handlers and every other part of main use: the
 * whole `Store` (library, layers, settings, versions, one message channel, one write channel)
 * plus this machine's analyst, colleagues' layers, review, and watching.
 */
export interface Casebook extends Store {
  /** The analyst of this machine (from the identity file, never from the shared folder). */
  analyst(): Creator;
  /** The store's settings with this machine's analyst and profile. */
  settings(): Settings;
  /** The casebook's own channels: the profile, every layer on a document with review, review decisions, a colleague's file imported. */
  handlers: Pick<Api, CasebookChannels>;
  /** Deletes for good this analyst's files on the articles, and each article no colleague's layer keeps (see `deleteForGood`). */
  deleteForGood(documentIds: readonly string[]): Promise<DeletedForGood>;
  /** Hears app commands for the renderer: `colleague-layers-changed`, `library-changed`. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Stops watching, waits for the review files' writes, then closes the store. */
  close(): Promise<void>;
}

/**
 * Opens the casebook view of `store` for the analyst of `identity`. It watches the folder (see
 * `watchCasebook`): when a colleague's file on the open document changes on disk, listeners
 * hear `colleague-layers-changed` and the next `layers:list` reads it afresh; when a colleague
 * adds an article, the library is refreshed and they hear `library-changed`. The analyst's own
 * layer is never read back from disk because of a colleague's change.
 */
export function openCasebook({
  store,
  identity,
  newId,
  now,
  messages = [],
}: {
  store: Store;
  identity: IdentityFile;
  newId: () => string;
  now: () => Date;
  /** Problems already met opening the casebook (its identity file). */
  messages?: StoreMessage[];
}): Casebook {
  // The casebook's own files report on the store's one channel, so the app and the command line hear them too.
  for (const message of messages) store.report(message);
  const listeners = new Set<(command: AppCommand) => void>();
  const tell = (command: AppCommand) => {
    for (const listener of listeners) listener(command);
  };
  const analyst = () => identity.get().analyst;
  const colleagues = createColleagueFiles(store.dir);
  const reviews = createReviewFiles(
    store.dir,
    (m) => store.report(m),
    (p) => store.reportWrite(p),
  );
  const watcher = watchCasebook(store.dir, () => analyst().id, {
    colleagueChanged: () => tell('colleague-layers-changed'),
    documentsChanged: () =>
      void store.refreshLibrary().then(
        (added) => added > 0 && tell('library-changed'),
        () => {},
      ),
  });
  const requireArticle = (documentId: string) => store.getArticle(documentId);

  return {
    ...store,
    analyst,
    settings: () => withIdentity(store.getSettings(), identity.get()),
    async deleteForGood(documentIds) {
      // A review write still on its way would bring the file back after it was removed.
      await reviews.idle();
      return deleteForGood(store, analyst(), documentIds);
    },
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    handlers: {
      'profile:update': async ({ profile }) => {
        await identity.setProfile(profile);
        return withIdentity(store.getSettings(), identity.get());
      },

      'layers:list': async ({ documentId }) => {
        await requireArticle(documentId);
        const { analyst: me, profile } = identity.get();
        await watcher.watchDocument(documentId);
        const work = await colleagues.read(documentId, me.id);
        const myReview = await reviews.get(documentId, me);
        const own = await store.getLayer(documentId, me);
        const layers = [{ analyst: me, annotations: own }, ...work.layers];
        return {
          me,
          myAppearance: appearanceOf(me, profile),
          colleagues: work.layers.map((l) => ({ analyst: l.analyst, appearance: appearanceOf(l.analyst), annotations: l.annotations })),
          myReview,
          otherReviews: work.reviews,
          adjudicated: buildAdjudicatedLayer(documentId, me, layers, myReview.decisions).layer,
          problems: work.problems,
        };
      },

      'review:apply': async ({ documentId, decide, reply }) => {
        await requireArticle(documentId);
        return reviews.apply(documentId, analyst(), { decide, reply }, now(), newId);
      },

      'layers:importColleague': async ({ documentId, fileName, dataBase64 }) => {
        const article = await requireArticle(documentId);
        const placing = { text: toPlainText(article.blocks), now: now().toISOString(), newId };
        const layer = await importColleagueLayer(store.dir, analyst().id, documentId, fileName, Buffer.from(dataBase64, 'base64'), placing);
        store.reportWrite(layerPath(documentId, layer.analyst.id));
        return { analyst: layer.analyst, annotations: layer.annotations.length };
      },
    },
    async close() {
      watcher.close();
      listeners.clear();
      await reviews.idle();
      await store.close();
    },
  };
}
