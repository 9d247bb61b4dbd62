import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotation, Creator, Tag } from '../../../shared/model/annotation';
import { openStore } from '../../store';
import { layerPath } from '../../store/store-paths';
import { makeArticle, sourceBytesFor } from '../../store/test-support/fixtures';
import { syncCasebook, type SyncOptions, type SyncResult } from '../sync-casebook';

/** An annotation `n` by `analyst` on `documentId` with the tag, statement and verdict given. */
export function taggedAnnotation(
  documentId: string,
  analyst: Creator,
  n: number,
  tag: Tag,
  extra: { note?: string; verdict?: string; modified?: string } = {},
): Annotation {
  const modified = extra.modified ?? new Date(Date.UTC(2026, 0, 1, 10, 0, n)).toISOString();
  return {
    schemaVersion: 1,
    id: `${analyst.id}-${n}`,
    documentId,
    creator: analyst,
    created: modified,
    modified,
    body: {
      tag,
      note: extra.note ?? '',
      ...(tag === 'claim'
        ? {
            claim: {
              statement: 'The bridge opened in 2019',
              status: 'in-progress' as const,
              ...(extra.verdict ? { verdict: { scale: 'five-point', label: extra.verdict, justification: '', decided: modified } } : {}),
            },
          }
        : {}),
    },
    target: {
      source: documentId,
      selector: {
        quote: { type: 'TextQuoteSelector', exact: 'The minister said the bridge opened in 2019.', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: n, end: n + 45 },
      },
    },
  };
}

/** Opens the store in `dir` as `analyst`, runs `work` on it, and closes it (as the app or a command does). */
export async function withStore<T>(
  dir: string,
  analyst: Creator,
  work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>,
): Promise<T> {
  const store = await openStore({ dir, defaultAnalyst: analyst });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Imports article `id` into the store in `dir`. */
export function importArticle(dir: string, analyst: Creator, id: string, importedAt?: string): Promise<void> {
  return withStore(dir, analyst, (store) => store.addArticle(makeArticle(id, importedAt), sourceBytesFor(id)));
}

/** Upserts annotations into `analyst`'s layer on `documentId`. */
export function tag(dir: string, analyst: Creator, documentId: string, annotations: Annotation[]): Promise<void> {
  return withStore(dir, analyst, (store) => store.applyToLayer(documentId, analyst, { upsert: annotations, remove: [] }));
}

/** The ids in `analyst`'s layer on `documentId` as the file in `dir` holds them. */
export async function layerIds(dir: string, documentId: string, analyst: Creator): Promise<string[]> {
  const text = await readFile(join(dir, layerPath(documentId, analyst.id)), 'utf8').catch(() => undefined);
  return text === undefined ? [] : (JSON.parse(text) as { annotations: { id: string }[] }).annotations.map((a) => a.id);
}

/** Syncs as `me` with no waiting between push attempts. */
export function sync(storeDir: string, me: Creator, extra: Partial<SyncOptions> = {}): Promise<SyncResult> {
  return syncCasebook({ storeDir, me, sleep: async () => {}, ...extra });
}
