import { z } from 'zod';
import { creatorSchema } from './annotation';
import { verdictGroupSchema } from './claim-record';
import { ratingScaleSchema } from './rating-scale';

/** Version of the settings file. */
export const SETTINGS_SCHEMA_VERSION = 1;

/** How the analyst shows up to colleagues: initials on badges, a colour for their layer. */
export const analystProfileSchema = z.strictObject({
  initials: z.string().min(1).max(4),
  /** #rrggbb */
  colour: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** The analyst has confirmed name, initials and colour (first run asks once). */
  confirmed: z.boolean(),
});
export type AnalystProfile = z.infer<typeof analystProfileSchema>;

/** The fact-checking organisation, as ClaimReview exports name it. */
export const organisationSchema = z.strictObject({
  name: z.string().min(1).max(300),
  url: z.string().max(2_000).optional(),
  /** Address of a published report; `{id}` and `{slug}` are replaced per claim. */
  reportUrlPattern: z.string().max(2_000).optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;

/**
 * Per-store settings: who the analyst is and whether the sample has been offered; optionally the
 * analyst's profile, the organisation, the rating scale claims are rated on and the workspace's
 * own scales (the presets are always there), the rating mapping for published fact-checks, and
 * whether snapshots also go to the Internet Archive.
 */
export const settingsSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  analyst: creatorSchema,
  sampleInstalled: z.boolean(),
  profile: analystProfileSchema.optional(),
  organisation: organisationSchema.optional(),
  ratingScale: z.string().min(1).max(200).optional(),
  customScales: z.array(ratingScaleSchema).max(50).optional(),
  /**
   * How published fact-checks' ratings map to our groups (a folded rating → group); absent, the
   * defaults `shared/factcheck` ships with. Edited in Settings; saving re-maps the stored fact-checks.
   */
  ratingGroups: z.record(z.string().min(1).max(300), verdictGroupSchema).optional(),
  /** "Save snapshot" also asks the Internet Archive to save the URL (off unless the workspace turns it on). */
  internetArchive: z.boolean().optional(),
  /** Articles with a web address are fetched again every hour while the app runs, a changed text added as a version (off unless turned on). */
  watchArticles: z.boolean().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
