import { DEFAULT_SEARCH_LIMIT } from '../../../shared/search';
import { defaultAnalyst } from '../../profile/default-analyst';
import { buildSearchIndex } from '../../search/build-search-index';
import { CliError, type CliIo } from '../cli-io';
import { openStoreReporting } from '../report-store-messages';

/**
 * `factmark search QUERY [--limit N]`: prints `{"hits": [{"doc_id", "title", "field", "start",
 * "end", "snippet", "score"}]}`, best first, at most N (20 by default), searching every article's
 * title and text and every analyst's notes, claim records and sources, case- and
 * accent-insensitively. See `SearchHit` for what `start`/`end` mean per field. Reads only.
 */
export async function searchCommand(query: string, limit: string | undefined, storeDir: string, io: CliIo): Promise<void> {
  const max = parseLimit(limit);
  const store = await openStoreReporting({ dir: storeDir, defaultAnalyst: defaultAnalyst(), readOnly: true }, io);
  try {
    const hits = (await buildSearchIndex(store)).search(query, max);
    const json = hits.map(({ docId, title, field, start, end, snippet, score }) => ({
      doc_id: docId,
      title,
      field,
      start,
      end,
      snippet,
      score: round(score),
    }));
    io.out(JSON.stringify({ hits: json }, null, 2));
  } finally {
    await store.close();
  }
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_SEARCH_LIMIT;
  if (!/^[1-9]\d{0,5}$/.test(raw)) throw new CliError(`--limit "${raw}" is not a number of hits; give a whole number from 1.`, 2);
  return Number(raw);
}

/** Scores to four decimals: enough to order by, without float noise in the output. */
function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
