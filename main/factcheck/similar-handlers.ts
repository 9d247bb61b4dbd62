import type { Api } from '../../shared/ipc/contract';
import type { similarContract } from '../../shared/ipc/similar-contract';
import { claimEntryKey } from '../../shared/similar';
import { ClaimMemory, type RememberingStore } from './claim-memory';

/** The `similar:find` handler over `store`: its index is built on the first lookup and follows the store's writes (see `ClaimMemory`). */
export function createSimilarHandlers(store: RememberingStore): Pick<Api, keyof typeof similarContract> {
  let memory: ClaimMemory | null = null;
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
          kind: entry.kind,
          docId: entry.docId ?? null,
          annotationId: entry.annotationId ?? null,
          url: entry.url ?? null,
          text: entry.text,
          claimant: entry.claimant ?? null,
          verdict: entry.verdict ?? null,
          group: entry.group ?? null,
          date: entry.date ?? null,
          score,
          reasons,
        })),
      };
    },
  };
}
