import { z } from 'zod';

/** Version of an analyst's library state file. */
export const LIBRARY_STATE_SCHEMA_VERSION = 1;

/** How the app is drawn: the system's choice, or always light or dark. */
export const APPEARANCES = ['system', 'light', 'dark'] as const;
export type Appearance = (typeof APPEARANCES)[number];

/** How wide a line of the article runs. */
export const READING_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type ReadingWidth = (typeof READING_WIDTHS)[number];

/** The reading text's size in percent of the default; Ctrl+= and Ctrl+- step by `TEXT_SIZE_STEP`. */
export const TEXT_SIZE_MIN = 70;
export const TEXT_SIZE_MAX = 200;
export const TEXT_SIZE_STEP = 10;

/** One analyst's reading preferences. */
export const readerPreferencesSchema = z.strictObject({
  appearance: z.enum(APPEARANCES),
  textSize: z.number().int().min(TEXT_SIZE_MIN).max(TEXT_SIZE_MAX),
  readingWidth: z.enum(READING_WIDTHS),
  /** On start, open the article last read at the place it was left. */
  reopenLast: z.boolean(),
});
export type ReaderPreferences = z.infer<typeof readerPreferencesSchema>;

/** What a new analyst (or a state file written before a field existed) starts with. */
export const DEFAULT_READER_PREFERENCES: ReaderPreferences = {
  appearance: 'system',
  textSize: 100,
  readingWidth: 'medium',
  reopenLast: true,
};

const articleId = z.string().min(1).max(200);
const when = z.iso.datetime({ offset: true });

/** When an article was last opened, and the plain-text offset the analyst was reading at. */
export const lastOpenedSchema = z.strictObject({ at: when, offset: z.number().int().nonnegative() });
export type LastOpened = z.infer<typeof lastOpenedSchema>;

/**
 * One analyst's view of the library, kept apart from the shared articles: the titles they gave,
 * what they put in the trash and when, what they deleted that colleagues keep, what they opened
 * last and where, and their reading preferences. Every field has a default, so a file from an older Factmark (or none) reads as an
 * empty state.
 */
export const libraryStateSchema = z.strictObject({
  schemaVersion: z.literal(LIBRARY_STATE_SCHEMA_VERSION),
  titles: z.record(articleId, z.string().min(1).max(500)).default({}),
  trashed: z.record(articleId, when).default({}),
  opened: z.record(articleId, lastOpenedSchema).default({}),
  /** Articles the analyst deleted for good that colleagues' layers keep in the casebook: hidden from this analyst. */
  hidden: z.record(articleId, when).default({}),
  preferences: readerPreferencesSchema.partial().default({}),
});
export type LibraryState = z.infer<typeof libraryStateSchema>;

/** The preferences in `state`, each missing one at its default. */
export function readPreferences(state: Pick<LibraryState, 'preferences'>): ReaderPreferences {
  return { ...DEFAULT_READER_PREFERENCES, ...state.preferences };
}
