import { z } from 'zod';
import type { Annotation } from './annotation';
import { CLAIM_STATUSES, VERDICT_GROUPS } from './claim-record';
import { articleSummarySchema } from './article';
import { lastOpenedSchema } from './library-state';

/** A claim's verdict group, or `unrated` while it has none that can be placed. */
export const VERDICT_SUMMARY_KEYS = [...VERDICT_GROUPS, 'unrated'] as const;
export type VerdictSummaryKey = (typeof VERDICT_SUMMARY_KEYS)[number];

const count = z.number().int().nonnegative();

/** What every analyst's layers hold on one article, counted. */
export const annotationTallySchema = z.strictObject({
  tags: z.strictObject({ claim: count, denial: count, evidence: count }),
  verdicts: z.strictObject({ true: count, mixed: count, false: count, unverifiable: count, unrated: count }),
  /** The claim statuses present, in workflow order. */
  statuses: z.array(z.enum(CLAIM_STATUSES)),
  /** Analysts with at least one annotation on it. */
  analysts: z.array(z.strictObject({ id: z.string(), name: z.string() })),
});
export type AnnotationTally = z.infer<typeof annotationTallySchema>;

/** A library card: the article's summary, the analyst's title for it, its tally, when it was opened or trashed. */
export const articleOverviewSchema = z.strictObject({
  summary: articleSummarySchema,
  /** The analyst's title for it (renamed), else the article's own. */
  displayTitle: z.string(),
  tally: annotationTallySchema,
  lastOpened: lastOpenedSchema.optional(),
  trashedAt: z.iso.datetime({ offset: true }).optional(),
});
export type ArticleOverview = z.infer<typeof articleOverviewSchema>;

/**
 * Counts the annotations of every layer on one article: per tag, per verdict group (via
 * `groupOf`, which answers undefined for a verdict it cannot place), the claim statuses present
 * and who annotated it.
 */
export function tallyAnnotations(
  layers: readonly (readonly Annotation[])[],
  groupOf: (annotation: Annotation) => VerdictSummaryKey,
): AnnotationTally {
  const tally: AnnotationTally = {
    tags: { claim: 0, denial: 0, evidence: 0 },
    verdicts: { true: 0, mixed: 0, false: 0, unverifiable: 0, unrated: 0 },
    statuses: [],
    analysts: [],
  };
  const statuses = new Set<string>();
  const analysts = new Map<string, string>();
  for (const layer of layers) {
    for (const annotation of layer) {
      const { tag, claim } = annotation.body;
      tally.tags[tag] += 1;
      analysts.set(annotation.creator.id, annotation.creator.name);
      if (tag !== 'claim') continue;
      tally.verdicts[groupOf(annotation)] += 1;
      statuses.add(claim?.status ?? 'unstarted');
    }
  }
  tally.statuses = CLAIM_STATUSES.filter((s) => statuses.has(s));
  tally.analysts = [...analysts].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  return tally;
}
