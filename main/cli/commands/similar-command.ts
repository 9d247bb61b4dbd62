import type { SimilarMatch } from '../../../shared/similar';
import { defaultAnalyst } from '../../profile/default-analyst';
import { buildSimilarIndex } from '../../factcheck/build-similar-index';
import { cachedSimilarIndex } from '../../factcheck/similar-index-cache';
import { CliError, type CliIo } from '../cli-io';
import { openStoreReporting } from '../report-store-messages';

/** How many matches `factmark similar` prints unless `--limit` says otherwise. */
const DEFAULT_LIMIT = 5;

/**
 * `factmark similar TEXT [--limit N]`: the claims in the store (every analyst's, every article)
 * and imported fact-checks most like TEXT, best first, as
 * `{"matches":[{"kind","doc_id","annotation_id","url","text","verdict","group","date","score","reasons"}]}`;
 * a field that does not apply is null (a fact-check has no doc_id). Only matches reaching the
 * index's threshold are listed. Reads the store only; the index is saved in the user's cache folder
 * under the store's content version and built again only when a save changed the store (a layer
 * file that cannot be told whose is reported when the index is built). `--limit` must be a
 * positive whole number (usage error 2).
 */
export async function similarCommand(text: string, limit: string | undefined, storeDir: string, io: CliIo): Promise<void> {
  const count = parseLimit(limit);
  const store = await openStoreReporting({ dir: storeDir, defaultAnalyst: defaultAnalyst(), readOnly: true }, io);
  try {
    const { index } = await cachedSimilarIndex(store, () =>
      buildSimilarIndex(store, (path) => io.err(`factmark: ${path}: cannot tell whose annotations these are; left out.`)),
    );
    io.out(JSON.stringify({ matches: index.search({ text }, { limit: count }).map(matchJson) }, null, 2));
  } finally {
    await store.close();
  }
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  if (!/^\d+$/u.test(raw) || Number(raw) < 1) throw new CliError(`--limit "${raw}" is not a positive whole number.`, 2);
  return Number(raw);
}

function matchJson({ entry, score, reasons }: SimilarMatch) {
  return {
    kind: entry.kind,
    doc_id: entry.docId ?? null,
    annotation_id: entry.annotationId ?? null,
    url: entry.url ?? null,
    text: entry.text,
    verdict: entry.verdict ?? null,
    group: entry.group ?? null,
    date: entry.date ?? null,
    score,
    reasons,
  };
}
