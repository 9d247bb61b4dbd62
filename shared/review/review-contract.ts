import { z } from 'zod';
import { annotationSchema, creatorSchema } from '../model/annotation';
import { annotationLayerSchema } from '../model/annotation-layer';
import { settingsSchema } from '../model/settings';
import { reviewDecisionKindSchema, reviewFileSchema } from './review-file';

/** Largest colleague file accepted for import, in bytes (10,000 annotations take about 8 MB). */
export const MAX_COLLEAGUE_FILE_BYTES = 64 * 1024 * 1024;

const id = z.string().min(1).max(200);
const documentId = id;

/** How an analyst's layer is drawn. */
export const appearanceSchema = z.strictObject({ initials: z.string().min(1).max(4), colour: z.string().regex(/^#[0-9a-f]{6}$/i) });

/** One colleague's layer on a document, as the reviewer sees it. */
export const colleagueLayerSchema = z.strictObject({
  analyst: creatorSchema,
  appearance: appearanceSchema,
  annotations: z.array(annotationSchema),
});
export type ColleagueLayer = z.infer<typeof colleagueLayerSchema>;

/** Everything review needs about a document besides the reviewer's own annotations (which the reader holds). */
export const documentLayersSchema = z.strictObject({
  me: creatorSchema,
  myAppearance: appearanceSchema,
  /** Every other analyst's layer, by analyst id. */
  colleagues: z.array(colleagueLayerSchema),
  /** The reviewer's own decisions and replies. */
  myReview: reviewFileSchema,
  /** Colleagues' review files, for their replies. */
  otherReviews: z.array(reviewFileSchema),
  /** The layer the reviewer's accepted annotations form. */
  adjudicated: annotationLayerSchema,
  /** Casebook files that could not be loaded as they are on disk. */
  problems: z.array(z.strictObject({ file: z.string(), problem: z.string() })),
});
export type DocumentLayers = z.infer<typeof documentLayersSchema>;

/**
 * The IPC channels of the casebook and review, spread into `shared/ipc/contract.ts`: the
 * analyst's profile, every colleague's layer with the review data, decisions and replies, and
 * importing a colleague's file as their layer.
 */
export const reviewContract = {
  /** Saves the analyst's name, initials and colour on this machine; answers with the settings. */
  'profile:update': {
    input: z.strictObject({
      profile: z.strictObject({
        name: z.string().trim().min(1, 'a name is needed').max(200),
        initials: z.string().trim().min(1, 'initials are needed').max(4, 'at most four initials'),
        colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour like #1f5f99'),
      }),
    }),
    output: settingsSchema,
  },
  'layers:list': { input: z.strictObject({ documentId }), output: documentLayersSchema },
  'review:apply': {
    input: z.strictObject({
      documentId,
      decide: z
        .array(z.strictObject({ annotationId: id, analystId: id, decision: z.union([reviewDecisionKindSchema, z.literal('undecided')]) }))
        .max(10_000),
      reply: z
        .array(z.strictObject({ annotationId: id, analystId: id, parentId: id.optional(), text: z.string().trim().min(1).max(10_000) }))
        .max(1_000),
    }),
    output: reviewFileSchema,
  },
  'layers:importColleague': {
    input: z.strictObject({
      documentId,
      fileName: z.string().min(1).max(1000),
      dataBase64: z.string().max(Math.ceil(MAX_COLLEAGUE_FILE_BYTES / 3) * 4 + 4),
    }),
    output: z.strictObject({ analyst: creatorSchema, annotations: z.number().int().nonnegative() }),
  },
};
