import { z } from 'zod';
import { annotationSchema } from '../model/annotation';
import { articleSchema, articleSummarySchema } from '../model/article';
import { settingsSchema } from '../model/settings';
import { articleSuggestionsSchema } from '../suggest/suggestion-schema';
import { exportContract } from '../report/export-contract';
import { settingsContract } from './settings-contract';
import { libraryContract } from './library-contract';
import { searchContract } from './search-contract';
import { similarContract } from './similar-contract';
import { syncContract } from './sync-contract';
import { reviewContract } from '../review/review-contract';
import { addedVersionSchema, sameArticleSchema, textDiffSchema, versionsAnswerSchema } from '../versions/versions-contract';
import type { Channel } from './channels';

const documentId = z.string().min(1).max(200);
const noInput = z.strictObject({});

/** Largest import accepted over IPC, in bytes of the file (base64 is a third larger). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The id the renderer gives an import, to follow its progress and cancel it. */
const importId = z.string().min(1).max(100);

/** How far an import has got: `done` of `total` steps (pages of a PDF); `total` 0 when unknown. */
export const importProgressSchema = z.strictObject({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  stage: z.string().max(200),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** A document with the current analyst's annotations on it, as stored (not yet anchored). */
export const openedDocumentSchema = z.strictObject({
  article: articleSchema,
  annotations: z.array(annotationSchema),
});
export type OpenedDocument = z.infer<typeof openedDocumentSchema>;

/** A problem the store found and worked around, shown to the analyst once. */
export const storeMessageSchema = z.strictObject({
  file: z.string(),
  problem: z.string(),
  action: z.string(),
});
export type StoreMessage = z.infer<typeof storeMessageSchema>;

/**
 * The IPC contract: for each channel, the request schema main validates and the response schema
 * the renderer validates. Main's handlers are typed from it, so a missing handler fails to compile.
 */
export const contract = {
  'library:list': { input: noInput, output: z.array(articleSummarySchema) },
  'document:open': { input: z.strictObject({ documentId }), output: openedDocumentSchema },
  'document:import': {
    input: z.strictObject({
      fileName: z.string().min(1).max(1000),
      dataBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4),
      /** Add the file as a new version of this article (the analyst chose so). */
      versionOf: documentId.optional(),
      /** Import it as a new article even if its canonical URL matches one in the library. */
      separate: z.boolean().optional(),
      importId: importId.optional(),
    }),
    /** With `sameArticle`: nothing was stored, the file is another version of this article (see versions-contract). */
    output: articleSummarySchema.extend({ sameArticle: sameArticleSchema.optional() }),
  },
  'document:importText': {
    input: z.strictObject({ text: z.string().max(MAX_IMPORT_BYTES), title: z.string().max(500).optional() }),
    output: articleSummarySchema,
  },
  /** HTML from the clipboard, parsed in main (never in the page) by the web-page route. */
  'document:importHtml': {
    input: z.strictObject({ html: z.string().max(MAX_IMPORT_BYTES), title: z.string().max(500).optional(), importId: importId.optional() }),
    output: articleSummarySchema,
  },
  /** How far a running import has got (null: not running, or no progress yet). */
  'import:progress': { input: z.strictObject({ importId }), output: importProgressSchema.nullable() },
  /** Cancels a running import; its request then fails and nothing is stored. */
  'import:cancel': { input: z.strictObject({ importId }), output: z.strictObject({ cancelled: z.boolean() }) },
  /** The analyst is about to import: start the import worker now; answers once it is ready (never fails). */
  'import:prepare': { input: noInput, output: z.strictObject({}) },
  'document:versions': { input: z.strictObject({ documentId }), output: versionsAnswerSchema },
  'document:addVersion': {
    input: z.strictObject({
      documentId,
      fileName: z.string().min(1).max(1000),
      dataBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4),
    }),
    output: addedVersionSchema,
  },
  'document:diff': {
    input: z.strictObject({ documentId, from: z.number().int().positive(), to: z.number().int().positive() }),
    output: textDiffSchema,
  },
  /**
   * Changes the article's language: the article is stored again with `lang` as its next version
   * (the same text and bytes), its sentences split again and the analyst's annotations
   * re-anchored as for any new version; the earlier language stays with the earlier version.
   */
  'document:setLanguage': {
    input: z.strictObject({ documentId, lang: articleSchema.shape.lang.unwrap() }),
    output: addedVersionSchema,
  },
  /**
   * "Check for Changes": the article's web address is fetched again (as snapshots are) and read as a
   * web page; a changed text becomes the next version (as Import New Version), an unchanged one adds
   * nothing and `since` says since when (the current version's import).
   */
  'document:checkForChanges': {
    input: z.strictObject({ documentId }),
    output: z.strictObject({ changed: z.boolean(), since: z.string(), checked: z.string(), added: addedVersionSchema.nullable() }),
  },
  /** The library's articles whose text changed (a later version with other bytes) after the analyst first annotated them, and when. */
  'document:changedAtSource': {
    input: z.strictObject({}),
    output: z.strictObject({ changed: z.array(z.strictObject({ documentId, since: z.string() })) }),
  },
  'document:restoreLines': {
    input: z.strictObject({ documentId, lines: z.array(z.number().int().nonnegative()).max(100_000) }),
    output: openedDocumentSchema,
  },
  'annotations:apply': {
    input: z.strictObject({
      documentId,
      upsert: z.array(annotationSchema),
      remove: z.array(z.string().min(1).max(200)),
    }),
    output: z.strictObject({ savedAt: z.iso.datetime({ offset: true }) }),
  },
  'settings:get': { input: noInput, output: settingsSchema },
  /** The offline suggester's ranked suggestions for an article, and each sentence's claimant. */
  'document:suggest': { input: z.strictObject({ documentId }), output: articleSuggestionsSchema },
  'store:messages': { input: noInput, output: z.array(storeMessageSchema) },
  ...reviewContract,
  ...exportContract,
  ...settingsContract,
  ...libraryContract,
  ...searchContract,
  ...similarContract,
  ...syncContract,
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

type Contract = typeof contract;
/** Request payload of a channel, as the caller writes it. */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** Response of a channel, after validation. */
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

/** Main's side: one async function per channel. */
export type Api = { [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<Output<C>> };
