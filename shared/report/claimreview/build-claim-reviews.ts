import type { Organisation } from '../../model/settings';
import { slugify } from '../../text/slugify';
import type { ReportEntry, ReportModel } from '../report-model';
import { claimReviewSchema, type ClaimReview } from './claim-review-schema';

/** A claim that got no ClaimReview, and why. */
export interface SkippedClaim {
  annotationId: string;
  /** The claim as the analyst worded it, or its quote. */
  claim: string;
  reason: string;
}

/**
 * One schema.org ClaimReview per claim in the report that has a readable verdict and a
 * claimant; every other claim is listed in `skipped` with the reason. The organisation is the
 * review's author; its `reportUrlPattern` (with `{id}` and `{slug}` replaced) gives each review's
 * url. Each review is validated by `claimReviewSchema`; one that fails is skipped with the
 * schema's message rather than written malformed.
 */
export function buildClaimReviews(report: ReportModel, organisation: Organisation): { reviews: ClaimReview[]; skipped: SkippedClaim[] } {
  const reviews: ClaimReview[] = [];
  const skipped: SkippedClaim[] = [];
  for (const row of report.claims) {
    const claim = row.statement;
    const skip = (reason: string) => skipped.push({ annotationId: row.entry.annotation.id, claim, reason });
    const { verdict } = row.entry;
    const claimant = row.entry.annotation.body.claim?.claimant;
    if (!verdict) skip('no verdict');
    else if (verdict.problem) skip(`its verdict cannot be read: ${verdict.problem}`);
    else if (!claimant) skip('no claimant');
    else {
      const parsed = claimReviewSchema.safeParse(toClaimReview(report, row.entry, claim, organisation));
      if (parsed.success) reviews.push(parsed.data);
      else skip(`it does not make a valid ClaimReview: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
  }
  return { reviews, skipped };
}

function toClaimReview(report: ReportModel, entry: ReportEntry, claim: string, organisation: Organisation): unknown {
  const verdict = entry.verdict!;
  const claimant = entry.annotation.body.claim!.claimant!;
  const numeric = verdict.value !== undefined ? { ratingValue: verdict.value, bestRating: verdict.best, worstRating: verdict.worst } : {};
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim,
    reviewRating: {
      '@type': 'Rating',
      alternateName: verdict.label,
      ...numeric,
      ...(verdict.justification ? { ratingExplanation: verdict.justification } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      author:
        claimant.kind === 'person'
          ? { '@type': 'Person', name: claimant.name, ...(claimant.role ? { jobTitle: claimant.role } : {}) }
          : { '@type': 'Organization', name: claimant.name },
      ...(report.published && /^\d{4}-\d{2}-\d{2}/.test(report.published) ? { datePublished: report.published } : {}),
      appearance: {
        '@type': 'CreativeWork',
        headline: report.title,
        ...(report.url ? { url: report.url } : {}),
        ...(report.outlet ? { publisher: { '@type': 'Organization', name: report.outlet } } : {}),
      },
    },
    author: { '@type': 'Organization', name: organisation.name, ...(organisation.url ? { url: organisation.url } : {}) },
    ...(organisation.reportUrlPattern ? { url: fillPattern(organisation.reportUrlPattern, entry.annotation.id, claim) } : {}),
    datePublished: verdict.decided.slice(0, 10),
  };
}

/** The report URL pattern with `{id}` (the claim annotation's id) and `{slug}` (the claim's words) filled in, URL-encoded. */
export function fillPattern(pattern: string, id: string, claim: string): string {
  return pattern.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{slug}', slugify(claim, 80, 'claim'));
}
