import { z } from 'zod';

const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);

/** Where a claim stands in the desk's workflow; separate from what the verdict says. */
export const CLAIM_STATUSES = ['unstarted', 'in-progress', 'needs-review', 'approved', 'inconclusive'] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

/** How the article attributes the claim to its claimant. */
export const ATTRIBUTIONS = ['direct-quote', 'paraphrase', 'according-to', 'anonymous-source', 'outlet-assertion'] as const;
export const attributionSchema = z.enum(ATTRIBUTIONS);
export type Attribution = z.infer<typeof attributionSchema>;

export const CLAIMANT_KINDS = ['person', 'organisation'] as const;
export const claimantSchema = z.strictObject({
  name: z.string().min(1).max(300),
  kind: z.enum(CLAIMANT_KINDS),
  role: z.string().max(300),
});
export type Claimant = z.infer<typeof claimantSchema>;

/**
 * Every rating on every scale maps to one of these, so reports and agreement can compare
 * verdicts reached on different scales.
 */
export const VERDICT_GROUPS = ['true', 'mixed', 'false', 'unverifiable'] as const;
export const verdictGroupSchema = z.enum(VERDICT_GROUPS);
export type VerdictGroup = z.infer<typeof verdictGroupSchema>;

/**
 * A verdict: a label on a named rating scale. The label is not checked against the scale here:
 * a file from a colleague whose workspace has other labels must still load, so an unknown label
 * is reported (see `readVerdict` in `shared/verdict/verdict-group.ts`), never dropped. `group` is required on
 * the free-text scale, where the label alone cannot be mapped.
 */
export const verdictSchema = z.strictObject({
  scale: id,
  label: z.string().min(1).max(200),
  group: verdictGroupSchema.optional(),
  justification: z.string().max(10_000),
  decided: isoDateTime,
});
export type Verdict = z.infer<typeof verdictSchema>;

/** What a claim annotation records beyond its tag: the claim as checked, who made it, where it stands. */
export const claimRecordSchema = z.strictObject({
  /** The claim in neutral words ("The tanks were empty on arrival"); about 75 characters suggested. */
  statement: z.string().max(1_000),
  claimant: claimantSchema.optional(),
  attribution: attributionSchema.optional(),
  status: claimStatusSchema,
  verdict: verdictSchema.optional(),
});
export type ClaimRecord = z.infer<typeof claimRecordSchema>;

/** How evidence bears on a claim. A denial always refutes. */
export const STANCES = ['supports', 'refutes', 'context'] as const;
export const stanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof stanceSchema>;

/** A typed link from an evidence or denial annotation to the claim annotation it bears on (by id). */
export const claimLinkSchema = z.strictObject({ claim: id, stance: stanceSchema });
export type ClaimLink = z.infer<typeof claimLinkSchema>;

export const SOURCE_KINDS = ['primary-document', 'official-statement', 'news-report', 'expert', 'dataset'] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** A source an evidence annotation cites. `url` may be empty (a document with no web address). */
export const evidenceSourceSchema = z.strictObject({
  url: z.string().max(2_000),
  title: z.string().max(1_000),
  publisher: z.string().max(300),
  excerpt: z.string().max(10_000),
  /** Day the analyst read it, YYYY-MM-DD. */
  accessed: z.iso.date().optional(),
  kind: sourceKindSchema,
  /** The source is not named (an official "speaking on condition of anonymity"). */
  anonymous: z.boolean(),
});
export type EvidenceSource = z.infer<typeof evidenceSourceSchema>;
