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
  /**
   * Deletes articles in the analyst's trash for good: the analyst's own files on them, and each
   * article itself unless a colleague's layer keeps it (it is then hidden from this analyst).
   * Resolves with how many went from the casebook and how many colleagues keep; 'invalid-request'
   * if one is not in the trash.
   */
  'library:deleteForGood': {
    input: z.strictObject({ documentIds: z.array(documentId).min(1).max(100_000) }),
    output: z.strictObject({ removed: z.number().int().nonnegative(), keptForColleagues: z.number().int().nonnegative() }),
  },
  /** Records that the analyst opened an article, reading at this plain-text offset (without one: where they last were). */
  'library:opened': { input: z.strictObject({ documentId, offset: z.number().int().nonnegative().optional() }), output: done },
  /** The article to reopen on start and where, or null (the setting is off, none yet, or it is gone or in the trash). */
  'library:last': { input: z.strictObject({}), output: z.strictObject({ documentId, offset: z.number().int().nonnegative() }).nullable() },
  /** The analyst's reading preferences and the store's folder. */
  'preferences:get': { input: z.strictObject({}), output: z.strictObject({ preferences: readerPreferencesSchema, storeDir: z.string() }) },
  /** Shows the store's folder in the system's file manager; an error says why it could not. */
  'preferences:showStoreFolder': { input: z.strictObject({}), output: done },
  /** Changes the fields given; resolves with every preference. */
  'preferences:update': { input: readerPreferencesSchema.partial(), output: readerPreferencesSchema },
};
