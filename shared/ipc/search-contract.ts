import { z } from 'zod';
import { TAGS } from '../model/annotation';
import { CLAIM_STATUSES } from '../model/claim-record';
import { SEARCH_FIELDS } from '../search/search-hit';

const day = z.iso.date();

/**
 * What a library search keeps, article by article: an article passes when it has an annotation
 * with the tag, a claim with the status, a verdict with the label (any case), a layer by the
 * analyst, and was added on or between the days given. Leaving a filter out keeps every article.
 */
export const librarySearchFiltersSchema = z.strictObject({
  tag: z.enum(TAGS).optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
  verdict: z.string().min(1).max(200).optional(),
  analyst: z.string().min(1).max(200).optional(),
  addedFrom: day.optional(),
  addedTo: day.optional(),
});
export type LibrarySearchFilters = z.infer<typeof librarySearchFiltersSchema>;

/** One library search result: a `SearchHit` (see shared/search) as it crosses IPC. */
export const librarySearchHitSchema = z.strictObject({
  docId: z.string(),
  title: z.string(),
  field: z.enum(SEARCH_FIELDS),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  snippet: z.string(),
  score: z.number(),
});
export type LibrarySearchHit = z.infer<typeof librarySearchHitSchema>;

/** The values the filters can take in this library now: who has a layer, which verdicts are given. */
export const librarySearchFacetsSchema = z.strictObject({
  analysts: z.array(z.strictObject({ id: z.string(), name: z.string() })).max(10_000),
  verdicts: z.array(z.string()).max(10_000),
});
export type LibrarySearchFacets = z.infer<typeof librarySearchFacetsSchema>;

/** The library search channel, spread into `shared/ipc/contract.ts`. */
export const searchContract = {
  /**
   * Searches every article's title and text and every analyst's notes, claim records (statement,
   * claimant, verdict) and sources, like `factmark search`: best first, at most `limit` (20 by
   * default), case- and accent-insensitive, filtered by `filters`. A query without words answers
   * no hits (and the facets, for the filters).
   */
  'search:library': {
    input: z.strictObject({
      query: z.string().max(1_000),
      limit: z.number().int().min(1).max(200).optional(),
      filters: librarySearchFiltersSchema.optional(),
    }),
    output: z.strictObject({ hits: z.array(librarySearchHitSchema).max(200), facets: librarySearchFacetsSchema }),
  },
};
