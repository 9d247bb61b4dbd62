import type { Api } from '../../shared/ipc/contract';
import type { similarContract } from '../../shared/ipc/similar-contract';
import { claimEntryKey } from '../../shared/similar';
import { createArchiveHandlers, type ArchiveOptions, type ArchivingStore } from '../archive/archive-handlers';
import { ClaimMemory, type RememberingStore } from './claim-memory';
import { createFactCheckImportHandler } from './factcheck-import-handler';
import { readMatchDetails, type DetailsStore } from './match-details';
import { createRatingHandlers, type RatingStore } from './rating-handlers';

/** What claim memory's channels use of the store. */
export type ClaimMemoryStore = RememberingStore & DetailsStore & RatingStore & ArchivingStore;

/**
 * Claim memory's channels over `store`: `similar:find` (its index built on the first lookup and
 * following the store's writes, see `ClaimMemory`), `similar:details` (what a match holds to
 * copy), the rating mapping of published fact-checks, and evidence snapshots (`archive`, whose
 * clock and web addresses tests may set).
 */
export function createSimilarHandlers(store: ClaimMemoryStore, archive: ArchiveOptions = {}): Pick<Api, keyof typeof similarContract> {
  let memory: ClaimMemory | null = null;
  const now = archive.now ?? (() => new Date());
  return {
    'similar:find': async ({ text, claimant, exclude, limit }) => {
      memory ??= new ClaimMemory(store);
      const query = {
        text,
        ...(claimant === undefined ? {} : { claimant }),
        exclude: (exclude ?? []).map((e) => claimEntryKey(e.docId, e.annotationId)),
      };
      const matches = await memory.find(query, limit);
      return {
        matches: matches.map(({ entry, score, reasons }) => ({
          key: entry.key,
          kind: entry.kind,
          docId: entry.docId ?? null,
          annotationId: entry.annotationId ?? null,
          url: entry.url ?? null,
          text: entry.text,
          claimant: entry.claimant ?? null,
          verdict: entry.verdict ?? null,
          group: entry.group ?? null,
          date: entry.date ?? null,
          source: entry.source ?? null,
          analyst: entry.analyst ?? null,
          score,
          reasons,
        })),
      };
    },
    'similar:details': ({ key }) => readMatchDetails(store, key, now()),
    ...createRatingHandlers(store, now),
    ...createFactCheckImportHandler(store, now),
    ...createArchiveHandlers(store, archive),
  };
}
