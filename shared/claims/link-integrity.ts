import type { Annotation } from '../model/annotation';
import type { ClaimLink, Stance } from '../model/claim-record';

/** What can be wrong with one typed link, as found in an annotations file. */
export type LinkProblemKind = 'missing-claim' | 'not-a-claim' | 'denial-must-refute' | 'link-from-claim' | 'self-link' | 'duplicate';

/** One broken link: the annotation holding it, the link's index in `body.links`, and why. */
export interface LinkProblem {
  from: string;
  index: number;
  claim: string;
  kind: LinkProblemKind;
}

/**
 * Checks every typed link in a set of annotations (one article's): links must point at a claim
 * annotation that exists, come from evidence or a denial, never from the claim itself, appear
 * once per claim, and a denial's link always refutes. Problems are reported, never repaired here:
 * a colleague's file or an older version may hold them, and the analyst decides.
 */
export function checkLinks(annotations: readonly Annotation[]): LinkProblem[] {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const problems: LinkProblem[] = [];
  for (const annotation of annotations) {
    const seen = new Set<string>();
    (annotation.body.links ?? []).forEach((link, index) => {
      const kind = problemOf(annotation, link, byId.get(link.claim), seen);
      seen.add(link.claim);
      if (kind) problems.push({ from: annotation.id, index, claim: link.claim, kind });
    });
  }
  return problems;
}

function problemOf(from: Annotation, link: ClaimLink, target: Annotation | undefined, seen: ReadonlySet<string>): LinkProblemKind | null {
  if (from.body.tag === 'claim') return 'link-from-claim';
  if (link.claim === from.id) return 'self-link';
  if (!target) return 'missing-claim';
  if (target.body.tag !== 'claim') return 'not-a-claim';
  if (from.body.tag === 'denial' && link.stance !== 'refutes') return 'denial-must-refute';
  if (seen.has(link.claim)) return 'duplicate';
  return null;
}

/** One line for the analyst about a link problem. */
export function describeLinkProblem(problem: LinkProblem): string {
  switch (problem.kind) {
    case 'missing-claim':
      return `links to claim ${problem.claim}, which is not in this article`;
    case 'not-a-claim':
      return 'links to an annotation that is not a claim';
    case 'denial-must-refute':
      return 'a denial can only refute the claim it answers';
    case 'link-from-claim':
      return 'a claim cannot link to another claim';
    case 'self-link':
      return 'links to itself';
    case 'duplicate':
      return 'links to the same claim twice';
  }
}

/** The stances a link from an annotation with this tag may take: a denial only refutes. */
export function allowedStances(tag: Annotation['body']['tag']): readonly Stance[] {
  if (tag === 'denial') return ['refutes'];
  if (tag === 'evidence') return ['supports', 'refutes', 'context'];
  return [];
}

/**
 * `from`'s links with `claim` set to `stance`: replaces an existing link to that claim, else adds
 * one. A denial's stance is forced to refutes. Returns the new links array (never mutates).
 */
export function withLink(from: Annotation, claim: string, stance: Stance): ClaimLink[] {
  const forced: Stance = from.body.tag === 'denial' ? 'refutes' : stance;
  const links = from.body.links ?? [];
  return links.some((l) => l.claim === claim)
    ? links.map((l) => (l.claim === claim ? { claim, stance: forced } : l))
    : [...links, { claim, stance: forced }];
}

/** The annotations linking to `claimId`, each with the stance of its link, in the given order. */
export function linksTo(annotations: readonly Annotation[], claimId: string): { annotation: Annotation; stance: Stance }[] {
  const found: { annotation: Annotation; stance: Stance }[] = [];
  for (const annotation of annotations) {
    const link = annotation.body.links?.find((l) => l.claim === claimId);
    if (link) found.push({ annotation, stance: link.stance });
  }
  return found;
}

/** What to do with the annotations linking to a claim being removed. */
export type ClaimRemovalChoice = 'unlink' | 'delete-linked';

/** The edits that remove a claim: annotations to delete and annotations whose links change. */
export interface ClaimRemovalPlan {
  remove: string[];
  relink: { id: string; links: ClaimLink[] }[];
}

/**
 * Plans removing claim `claimId`. `unlink` keeps the evidence and denials, dropping only their
 * link to it. `delete-linked` deletes them too — except one that also bears on another claim,
 * which only loses this link, since deleting it would break a claim the analyst did not remove.
 */
export function planClaimRemoval(annotations: readonly Annotation[], claimId: string, choice: ClaimRemovalChoice): ClaimRemovalPlan {
  const plan: ClaimRemovalPlan = { remove: [claimId], relink: [] };
  for (const { annotation } of linksTo(annotations, claimId)) {
    const rest = (annotation.body.links ?? []).filter((l) => l.claim !== claimId);
    if (choice === 'delete-linked' && rest.length === 0) plan.remove.push(annotation.id);
    else plan.relink.push({ id: annotation.id, links: rest });
  }
  return plan;
}
