import { z } from 'zod';
import { articleOverviewSchema } from '../model/article-overview';
import { readerPreferencesSchema } from '../model/library-state';

const documentId = z.string().min(1).max(200);
const done = z.strictObject({});

/**
 * The managed library's channels, spread into `shared/ipc/contract.ts`: cards with their tallies,
 * the analyst's titles and trash, the last article opened, reading preferences and where the store is.
 */
export const libraryContract = {
  /** Every article as a card; those in the analyst's trash carry `trashedAt`. */
  'library:overview': { input: z.strictObject({}), output: z.array(articleOverviewSchema) },
  /** Gives an article the analyst's own title; an empty title goes back to the article's. The stored text is unchanged. */
  'library:rename': { input: z.strictObject({ documentId, title: z.string().max(500) }), output: done },
  /** Puts an article in the analyst's trash; nothing leaves the disk. */
  'library:trash': { input: z.strictObject({ documentId }), output: done },
  /** Takes an article out of the trash. */
  'library:restore': { input: z.strictObject({ documentId }), output: done },
  /** Records that the analyst opened an article, reading at this plain-text offset (without one: where they last were). */
  'library:opened': { input: z.strictObject({ documentId, offset: z.number().int().nonnegative().optional() }), output: done },
  /** The article to reopen on start and where, or null (the setting is off, none yet, or it is gone or in the trash). */
  'library:last': { input: z.strictObject({}), output: z.strictObject({ documentId, offset: z.number().int().nonnegative() }).nullable() },
  /** The analyst's reading preferences and the store's folder. */
  'preferences:get': { input: z.strictObject({}), output: z.strictObject({ preferences: readerPreferencesSchema, storeDir: z.string() }) },
  /** Changes the fields given; resolves with every preference. */
  'preferences:update': { input: readerPreferencesSchema.partial(), output: readerPreferencesSchema },
};
