import { mkdirSync, watch, type FSWatcher } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { toSafeFileName } from '../store/safe-file-name';
import { documentAnnotationsDir } from './colleague-files';

/** How long a burst of file events may last before it counts as one change (a save is several events). */
export const WATCH_DEBOUNCE_MS = 150;

/** What the casebook watcher reports. */
export interface CasebookEvents {
  /** Another analyst's layer or review file on this document changed on disk. */
  colleagueChanged(documentId: string): void;
  /** A document file was added or changed (a colleague imported an article). */
  documentsChanged(): void;
}

/** A running watcher. */
export interface CasebookWatcher {
  /** Watches the document's annotations folder (creating it if need be); watching another document stops the first. */
  watchDocument(documentId: string): Promise<void>;
  close(): void;
}

/**
 * Watches a casebook folder with `fs.watch`: `documents/` for articles colleagues add, and the
 * annotations folder of the document being read. Events for the analyst's own files (`myId`)
 * and for temp files of writes in progress are ignored, so the analyst's own saves never cause
 * a reload. Bursts are debounced. A folder that cannot be watched (some network drives) is left
 * unwatched: the data is still read fresh each time the reader opens the document.
 */
export function watchCasebook(
  storeDir: string,
  myId: () => string,
  events: CasebookEvents,
  debounceMs = WATCH_DEBOUNCE_MS,
): CasebookWatcher {
  const timers = new Map<string, NodeJS.Timeout>();
  const debounce = (key: string, fire: () => void) => {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        fire();
      }, debounceMs),
    );
  };
  const tryWatch = (dir: string, onName: (name: string) => void): FSWatcher | undefined => {
    try {
      const watcher = watch(dir, { persistent: false }, (_event, name) => onName(name === null ? '' : String(name)));
      watcher.on('error', () => watcher.close());
      return watcher;
    } catch {
      return undefined;
    }
  };
  const isOwnOrTemp = (name: string) => name.startsWith('.') || name === `${toSafeFileName(myId())}.json`;

  // A new casebook has no documents folder until the first import, and a missing folder cannot be watched.
  mkdirSync(join(storeDir, 'documents'), { recursive: true });
  const documentsWatcher = tryWatch(join(storeDir, 'documents'), (name) => {
    if (!name.startsWith('.')) debounce('documents', () => events.documentsChanged());
  });
  let documentWatchers: FSWatcher[] = [];
  let watched: string | undefined;

  return {
    async watchDocument(documentId) {
      if (watched === documentId) return;
      for (const w of documentWatchers) w.close();
      watched = documentId;
      const dir = join(storeDir, documentAnnotationsDir(documentId));
      await mkdir(join(dir, 'reviews'), { recursive: true }).catch(() => {});
      const onName = (name: string) => {
        if (!isOwnOrTemp(name)) debounce(`doc:${documentId}`, () => events.colleagueChanged(documentId));
      };
      documentWatchers = [tryWatch(dir, onName), tryWatch(join(dir, 'reviews'), onName)].filter((w) => w !== undefined);
    },
    close() {
      documentsWatcher?.close();
      for (const w of documentWatchers) w.close();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
