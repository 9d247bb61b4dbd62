import { z } from 'zod';

const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);

/** The most items a body's or a claim record's list (links, sources) may hold. */
export const MAX_LIST_ITEMS = 1_000;

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
 * A claim somewhere else that the analyst drew on: another article's claim annotation (any
 * analyst's) or an imported published fact-check, with what the analyst saw of it — its text, the
 * article's title or the fact-check's publisher, its address — and when they linked or copied it.
 * Kept as seen, so the record still says where something came from after the original changes.
 */
export const claimReferenceSchema = z.strictObject({
  kind: z.enum(['claim', 'factcheck']),
  /** A claim's article and annotation. */
  documentId: id.optional(),
  annotationId: id.optional(),
  /** A fact-check's key in the store's fact-checks (its review URL, else claim and publisher). */
  factCheck: z.string().min(1).max(4_000).optional(),
  text: z.string().max(5_000),
  /** The claim's article title, or the fact-check's publisher. */
  title: z.string().max(1_000),
  url: z.string().max(2_000).optional(),
  /** When the analyst linked or copied it. */
  at: isoDateTime,
});
export type ClaimReference = z.infer<typeof claimReferenceSchema>;

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
  /** Copied by the analyst from an earlier check of the same claim; gone once they choose another rating. */
  copiedFrom: claimReferenceSchema.optional(),
});
export type Verdict = z.infer<typeof verdictSchema>;

/** How evidence bears on a claim. A denial always refutes. */
export const STANCES = ['supports', 'refutes', 'context'] as const;
export const stanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof stanceSchema>;

/** A typed link from an evidence or denial annotation to the claim annotation it bears on (by id). */
export const claimLinkSchema = z.strictObject({ claim: id, stance: stanceSchema });
export type ClaimLink = z.infer<typeof claimLinkSchema>;

/**
 * An evidence snapshot a source cites: the record in the store's `archive/` and the bytes under
 * their SHA-256 in `sources/`. `fetched` when the app fetched the URL, `attached` when the analyst
 * gave a saved copy (offline); `retrieved` is when the bytes were received or attached.
 */
export const snapshotRefSchema = z.strictObject({
  how: z.enum(['fetched', 'attached']),
  /** The snapshot record, relative to the store folder (`archive/<time>-<sha>.json`). */
  record: z.string().min(1).max(300),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  retrieved: isoDateTime,
  /** Where the redirects ended (fetched), or the file's name (attached). */
  finalUrl: z.string().max(2_000),
  /** The HTTP status (fetched only). */
  status: z.number().int().min(100).max(599).optional(),
  title: z.string().max(1_000),
});
export type SnapshotRef = z.infer<typeof snapshotRefSchema>;

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
  /** Copied by the analyst from an earlier check of the same claim. */
  copiedFrom: claimReferenceSchema.optional(),
  /** The page as it was: a snapshot fetched or attached by the analyst (see `snapshotRefSchema`). */
  snapshot: snapshotRefSchema.optional(),
});
export type EvidenceSource = z.infer<typeof evidenceSourceSchema>;

/** What a claim annotation records beyond its tag: the claim as checked, who made it, where it stands. */
export const claimRecordSchema = z.strictObject({
  /** The claim in neutral words ("The tanks were empty on arrival"); about 75 characters suggested. */
  statement: z.string().max(1_000),
  claimant: claimantSchema.optional(),
  attribution: attributionSchema.optional(),
  status: claimStatusSchema,
  verdict: verdictSchema.optional(),
  /** Sources the analyst copied onto the claim from an earlier check (each says where from). */
  sources: z.array(evidenceSourceSchema).max(MAX_LIST_ITEMS).optional(),
});
export type ClaimRecord = z.infer<typeof claimRecordSchema>;
