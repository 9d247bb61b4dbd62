import { z } from 'zod';
import { blockSchema } from '../model/article';
import { evidenceSourceSchema, snapshotRefSchema, verdictGroupSchema, verdictSchema } from '../model/claim-record';

/** One similar claim as it crosses IPC: the fields of `factmark similar`, camel-cased. */
export const similarMatchSchema = z.strictObject({
  /** The index key (`claim:<doc>/<annotation>` or `factcheck:<key>`), to ask `similar:details` about. */
  key: z.string(),
  kind: z.enum(['claim', 'factcheck']),
  docId: z.string().nullable(),
  annotationId: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string(),
  claimant: z.string().nullable(),
  verdict: z.string().nullable(),
  group: verdictGroupSchema.nullable(),
  date: z.string().nullable(),
  /** The claim's article title, or the fact-check's publisher. */
  source: z.string().nullable(),
  /** Whose claim it is; null for a fact-check. */
  analyst: z.string().nullable(),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type SimilarMatchView = z.infer<typeof similarMatchSchema>;

/** A published rating seen in the stored fact-checks, how many carry it, and the group it maps to now (null: unmapped). */
export const storedRatingSchema = z.strictObject({
  rating: z.string(),
  count: z.number().int().nonnegative(),
  group: verdictGroupSchema.nullable(),
});
export type StoredRating = z.infer<typeof storedRatingSchema>;

const ratingTable = z.record(z.string().min(1).max(300), verdictGroupSchema);
const webUrl = z.string().min(1).max(2_000);

/** Whether a page changed since its snapshot, as "Check for changes" tells it. */
export const pageCheckSchema = z.strictObject({
  changed: z.boolean(),
  /** The snapshot compared with, and when the page was fetched again. */
  snapshotRetrieved: z.iso.datetime({ offset: true }),
  checked: z.iso.datetime({ offset: true }),
  /** Sentences edited since the snapshot, new on the page, and gone from it. */
  edited: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
});
export type PageCheck = z.infer<typeof pageCheckSchema>;

/**
 * Claim memory's channels, spread into `shared/ipc/contract.ts`: similar claims, what an earlier
 * check holds to copy, the rating mapping of published fact-checks, and evidence snapshots.
 */
export const similarContract = {
  /**
   * The claims (every analyst's, every article) and imported fact-checks most like `text`, best
   * first, at most `limit` (5 by default), only those reaching the index's threshold, each with
   * its reasons. `exclude` names claims never returned (`{docId, annotationId}`: the claim asked
   * about). Offline; the index follows the store's writes.
   */
  'similar:find': {
    input: z.strictObject({
      text: z.string().min(1).max(5_000),
      claimant: z.string().min(1).max(300).optional(),
      exclude: z
        .array(z.strictObject({ docId: z.string().min(1).max(200), annotationId: z.string().min(1).max(200) }))
        .max(100)
        .optional(),
      limit: z.number().int().min(1).max(50).optional(),
    }),
    output: z.strictObject({ matches: z.array(similarMatchSchema).max(50) }),
  },
  /**
   * What a match holds to copy, read afresh from the store: a claim's verdict and its sources (its
   * record's own and those of the evidence linked to it, every analyst's), or a fact-check's rating
   * as a free-text verdict (null when unmapped) and its review as a source. Fails when it is gone.
   */
  'similar:details': {
    input: z.strictObject({ key: z.string().min(1).max(4_200) }),
    output: z.strictObject({
      verdict: verdictSchema.nullable(),
      sources: z.array(evidenceSourceSchema).max(1_000),
      title: z.string(),
      url: z.string().nullable(),
    }),
  },
  /** The workspace's rating mapping (the defaults until edited), the defaults, and every rating the stored fact-checks carry. */
  'factchecks:ratings': {
    input: z.strictObject({}),
    output: z.strictObject({ table: ratingTable, defaults: ratingTable, ratings: z.array(storedRatingSchema) }),
  },
  /** Saves the rating mapping in the settings and maps every stored fact-check again; says how many changed group and how many stay unmapped. */
  'factchecks:remap': {
    input: z.strictObject({ table: ratingTable }),
    output: z.strictObject({ changed: z.number().int().nonnegative(), unmapped: z.number().int().nonnegative() }),
  },
  /**
   * File › Import Fact-Checks…: the ClaimReviews in a file the analyst picked (JSON-LD object,
   * array or graph; a saved page's ld+json blocks; a Fact Check Tools response) stored as
   * fact-checks, as `factmark claimreview import` does. Fails only when the file cannot be read.
   */
  'factchecks:import': {
    input: z.strictObject({
      fileName: z.string().min(1).max(1_000),
      dataBase64: z.string().max(Math.ceil((50 * 1024 * 1024) / 3) * 4 + 4),
    }),
    output: z.strictObject({
      imported: z.number().int().nonnegative(),
      updated: z.number().int().nonnegative(),
      /** Items left out and items kept that need a look (an unmapped rating), each with where it was and why. */
      skipped: z.array(z.strictObject({ where: z.string(), reason: z.string() })),
      flagged: z.array(z.strictObject({ where: z.string(), reason: z.string() })),
    }),
  },
  /** Turns on or off asking the Internet Archive to save each snapshot's URL too (a workspace setting, off by default). */
  'archive:setInternetArchive': {
    input: z.strictObject({ on: z.boolean() }),
    output: z.strictObject({ on: z.boolean() }),
  },
  /**
   * "Save snapshot": fetches `url` from main (http(s), no cookies, 30 s, 50 MB, 5 redirects), reads
   * it like any web page or PDF and stores the snapshot; with the workspace's Internet Archive
   * setting on, also asks the Internet Archive to save it (`internetArchive` says how that went).
   */
  'archive:snapshot': {
    input: z.strictObject({ url: webUrl }),
    output: z.strictObject({ snapshot: snapshotRefSchema, internetArchive: z.string().nullable() }),
  },
  /** "Attach a saved copy": a saved page or PDF the analyst picked, read and stored as the snapshot of `url`. */
  'archive:attach': {
    input: z.strictObject({
      url: z.string().max(2_000),
      fileName: z.string().min(1).max(1_000),
      dataBase64: z.string().max(Math.ceil((50 * 1024 * 1024) / 3) * 4 + 4),
    }),
    output: z.strictObject({ snapshot: snapshotRefSchema }),
  },
  /** "Check for changes": fetches the snapshot's URL again and compares the page's text with the snapshot's; stores nothing. */
  'archive:check': {
    input: z.strictObject({ record: z.string().min(1).max(300) }),
    output: pageCheckSchema,
  },
  /**
   * "Open snapshot": the snapshot's cleaned text, its article blocks as the import made them (to
   * show in the reader, never to tag), and where and when it was taken; `status` is 0 for an attached copy.
   */
  'archive:openSnapshot': {
    input: z.strictObject({ record: z.string().min(1).max(300) }),
    output: z.strictObject({
      url: z.string(),
      finalUrl: z.string(),
      retrieved: z.string(),
      sha256: z.string(),
      title: z.string(),
      text: z.string(),
      attached: z.boolean(),
      status: z.number().int(),
      blocks: z.array(blockSchema),
    }),
  },
  /** Turns on or off checking annotated articles with a web address for changes every hour while the app runs (off by default). */
  'archive:setWatch': {
    input: z.strictObject({ on: z.boolean() }),
    output: z.strictObject({ on: z.boolean() }),
  },
};
