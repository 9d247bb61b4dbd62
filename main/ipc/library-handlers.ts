import { stat } from 'node:fs/promises';
import type { Api } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import type { Annotation } from '../../shared/model/annotation';
import { tallyAnnotations, type ArticleOverview, type VerdictSummaryKey } from '../../shared/model/article-overview';
import { readPreferences } from '../../shared/model/library-state';
import { PRESET_SCALES } from '../../shared/verdict/preset-scales';
import { readVerdict } from '../../shared/verdict/verdict-group';
import type { Casebook } from '../casebook/casebook';
import { createColleagueFiles } from '../casebook/colleague-files';

type LibraryChannels =
  | 'library:overview'
  | 'library:rename'
  | 'library:trash'
  | 'library:restore'
  | 'library:deleteForGood'
  | 'library:opened'
  | 'library:last'
  | 'preferences:get'
  | 'preferences:update'
  | 'preferences:showStoreFolder';

/**
 * Shows a folder in the system's file manager, as the shell can (Electron's shell, or the
 * system's opener beside the Chromium window); rejects with an Error saying why it could not.
 */
export type OpenFolder = (path: string) => Promise<void>;

/** Where no shell gave a way to show folders: says so, and how to get there instead. */
export const refuseOpenFolder: OpenFolder = () => Promise.reject(new Error('this window cannot open folders'));

/**
 * `preferences:showStoreFolder`: shows the store's folder with `openFolder`. A folder that is gone,
 * or an opener that fails, is a UserFacingError naming the folder and the cause.
 */
export function createStoreFolderHandler({
  dir,
  openFolder,
}: {
  dir: string;
  openFolder: OpenFolder;
}): Pick<Api, 'preferences:showStoreFolder'> {
  return {
    'preferences:showStoreFolder': async () => {
      const folder = await stat(dir).catch(() => undefined);
      if (!folder?.isDirectory()) throw new UserFacingError('not-found', `The store folder ${dir} is not there any more.`);
      try {
        await openFolder(dir);
      } catch (error) {
        const cause = error instanceof Error ? error.message : String(error);
        throw new UserFacingError('internal', `Factmark could not show the folder ${dir}: ${cause}. Copy its path to open it yourself.`);
      }
      return {};
    },
  };
}

/**
 * The managed library's handlers: cards tallied from every analyst's layer, and this analyst's
 * titles, trash, last reading place and preferences (their own state file; articles and
 * colleagues' files are only read), deleting from the trash for good (the analyst's own files,
 * and articles no colleague keeps), and showing the store's folder with `openFolder`.
 */
export function createLibraryHandlers({
  store,
  now,
  openFolder = refuseOpenFolder,
}: {
  store: Casebook;
  now: () => Date;
  openFolder?: OpenFolder;
}): Pick<Api, LibraryChannels> {
  const colleagues = createColleagueFiles(store.dir);
  const me = () => store.analyst();
  const state = () => store.libraryState.get(me().id);
  const update = (change: Parameters<Casebook['libraryState']['update']>[1]) => store.libraryState.update(me().id, change);
  const requireArticle = (documentId: string) => {
    if (!store.listArticles().some((a) => a.id === documentId)) {
      throw new UserFacingError('not-found', `No article with id ${documentId} is in the library.`);
    }
  };

  function verdictGroupOf(): (annotation: Annotation) => VerdictSummaryKey {
    const scales = [...PRESET_SCALES, ...(store.getSettings().customScales ?? [])];
    return (annotation) => {
      const verdict = annotation.body.claim?.verdict;
      if (!verdict) return 'unrated';
      const reading = readVerdict(verdict, scales);
      return reading.ok ? reading.group : 'unrated';
    };
  }

  return {
    'library:overview': async () => {
      const { titles, trashed, opened, hidden } = await state();
      const groupOf = verdictGroupOf();
      const cards: ArticleOverview[] = [];
      for (const summary of store.listArticles()) {
        if (summary.id in hidden) continue;
        // Files are only read here: the analyst's own layer is taken from memory when it is being
        // worked on, else from disk like a colleague's, so a damaged file is still met (and set
        // aside, with the banner) when its article is opened.
        const own = await store.loadedLayer(summary.id, me());
        const onDisk = (await colleagues.read(summary.id, own ? me().id : null)).layers.map((l) => l.annotations);
        const tally = tallyAnnotations(own ? [own, ...onDisk] : onDisk, groupOf);
        const lastOpened = opened[summary.id];
        const trashedAt = trashed[summary.id];
        cards.push({
          summary,
          displayTitle: titles[summary.id] ?? (summary.title || summary.fileName),
          tally,
          ...(lastOpened ? { lastOpened } : {}),
          ...(trashedAt ? { trashedAt } : {}),
        });
      }
      return cards;
    },

    'library:rename': async ({ documentId, title }) => {
      requireArticle(documentId);
      const trimmed = title.trim();
      await update((s) => {
        const titles = { ...s.titles };
        if (trimmed === '') delete titles[documentId];
        else titles[documentId] = trimmed;
        return { ...s, titles };
      });
      return {};
    },

    'library:trash': async ({ documentId }) => {
      requireArticle(documentId);
      await update((s) => ({ ...s, trashed: { ...s.trashed, [documentId]: now().toISOString() } }));
      return {};
    },

    'library:restore': async ({ documentId }) => {
      await update((s) => {
        const trashed = { ...s.trashed };
        delete trashed[documentId];
        return { ...s, trashed };
      });
      return {};
    },

    'library:deleteForGood': async ({ documentIds }) => {
      const { trashed } = await state();
      const outside = documentIds.find((id) => !(id in trashed));
      if (outside !== undefined) throw new UserFacingError('invalid-request', `Article ${outside} is not in the trash.`);
      const done = await store.deleteForGood(documentIds);
      const at = now().toISOString();
      await update((s) => {
        const forget = <T>(entries: Record<string, T>) =>
          Object.fromEntries(Object.entries(entries).filter(([id]) => !documentIds.includes(id)));
        const hidden = { ...s.hidden, ...Object.fromEntries(done.keptForColleagues.map((id) => [id, at])) };
        return { ...s, titles: forget(s.titles), trashed: forget(s.trashed), opened: forget(s.opened), hidden };
      });
      return { removed: done.removed.length, keptForColleagues: done.keptForColleagues.length };
    },

    'library:opened': async ({ documentId, offset }) => {
      requireArticle(documentId);
      await update((s) => ({
        ...s,
        opened: { ...s.opened, [documentId]: { at: now().toISOString(), offset: offset ?? s.opened[documentId]?.offset ?? 0 } },
      }));
      return {};
    },

    'library:last': async () => {
      const current = await state();
      if (!readPreferences(current).reopenLast) return null;
      const present = new Set(store.listArticles().map((a) => a.id));
      const candidates = Object.entries(current.opened)
        .filter(([id]) => present.has(id) && !(id in current.trashed))
        .sort(([, a], [, b]) => Date.parse(b.at) - Date.parse(a.at));
      const [latest] = candidates;
      return latest ? { documentId: latest[0], offset: latest[1].offset } : null;
    },

    'preferences:get': async () => ({ preferences: readPreferences(await state()), storeDir: store.dir }),

    'preferences:update': async (patch) => {
      const next = await update((s) => ({ ...s, preferences: { ...s.preferences, ...patch } }));
      return readPreferences(next);
    },

    ...createStoreFolderHandler({ dir: store.dir, openFolder }),
  };
}
