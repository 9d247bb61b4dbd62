import { LIBRARY_STATE_SCHEMA_VERSION, libraryStateSchema, type LibraryState } from '../../shared/model/library-state';
import { toSafeFileName } from './safe-file-name';
import { createStoreFile, type StoreContext } from './store-context';
import type { StoreFileAdapter } from './store-file';

/** Where one analyst's library state lives, relative to the store folder. */
export function libraryStatePath(analystId: string): string {
  return `library-state/${toSafeFileName(analystId)}.json`;
}

/**
 * Each analyst's own view of the library (`LibraryState`): one small file per analyst, written
 * only by that analyst, so renaming or trashing an article never changes what a colleague sees.
 */
export interface LibraryStateFiles {
  /** The analyst's state (a copy); an empty state when they have none yet. */
  get(analystId: string): Promise<LibraryState>;
  /** Applies `change` to the analyst's state and resolves with it once durable. */
  update(analystId: string, change: (state: LibraryState) => LibraryState): Promise<LibraryState>;
  /** Resolves when all writes asked for so far have finished. */
  idle(): Promise<void>;
}

/** Opens the library state files of the store in `context`, each read on first use. */
export function openLibraryStateFiles(context: StoreContext): LibraryStateFiles {
  const files = new Map<string, { file: StoreFileAdapter<LibraryState>; state: Promise<LibraryState> }>();
  const format = { schema: libraryStateSchema, version: LIBRARY_STATE_SCHEMA_VERSION };

  function open(analystId: string) {
    let entry = files.get(analystId);
    if (!entry) {
      const file = createStoreFile(context, libraryStatePath(analystId), format, { pretty: true });
      const state = file.read().then((read) => read ?? libraryStateSchema.parse({ schemaVersion: LIBRARY_STATE_SCHEMA_VERSION }));
      entry = { file, state };
      files.set(analystId, entry);
    }
    return entry;
  }

  return {
    async get(analystId) {
      return structuredClone(await open(analystId).state);
    },
    async update(analystId, change) {
      const entry = open(analystId);
      // Chained before any await, so two changes asked for together both land (a rename made while
      // the reading place is being saved is not lost); a change that throws leaves the state as it was.
      const previous = entry.state;
      const next = previous.then((state) => libraryStateSchema.parse(change(structuredClone(state))));
      entry.state = next.catch(() => previous);
      const state = await next;
      await entry.file.write(state);
      return structuredClone(state);
    },
    async idle() {
      await Promise.all([...files.values()].map(({ file }) => file.idle()));
    },
  };
}
