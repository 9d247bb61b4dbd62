import { linksTo, planClaimRemoval, type ClaimRemovalChoice } from '../../../shared/claims';
import type { Annotation, Tag } from '../../../shared/model/annotation';
import type { NewAnnotationEdit } from '../annotations/annotation-edits';
import { tagLabel } from '../labels/tag-labels';
import type { TextRange } from '../text/text-range';

/** A tag put on in the same step as a removal (Shift+1/2/3 retagging). */
export interface AddedTag {
  readonly tag: Tag;
  readonly range: TextRange;
}

/** A removal that would strand the evidence or denials linked to claims, put to the analyst. */
export interface RemovalQuestion {
  /** Every annotation the step removes. */
  readonly ids: readonly string[];
  /** How many of them are claims. */
  readonly claims: number;
  /** How many evidence or denial annotations link to those claims. */
  readonly linked: number;
  /** The tag the same step puts on, when it is a retagging. */
  readonly retagAs?: Tag;
}

/** Asks the analyst what happens to the links; resolves null when they cancel (nothing changes). */
export type ConfirmRemoval = (question: RemovalQuestion) => Promise<ClaimRemovalChoice | null>;

/** The question removing `ids` raises, or null when no claim among them has links and the removal may go ahead. */
export function removalQuestion(
  annotations: readonly Annotation[],
  ids: readonly string[],
  find: (id: string) => Annotation | undefined,
  add?: AddedTag,
): RemovalQuestion | null {
  const claims = ids.filter((id) => find(id)?.body.tag === 'claim');
  const linked = new Set(claims.flatMap((id) => linksTo(annotations, id).map((l) => l.annotation.id)));
  if (linked.size === 0) return null;
  return { ids, claims: claims.length, linked: linked.size, ...(add && { retagAs: add.tag }) };
}

/**
 * The one undoable step that removes `ids` (claims with their links settled as `choice` says)
 * and puts on `add`, with the notice that says what it did.
 */
export function linkedRemoval(
  annotations: readonly Annotation[],
  ids: readonly string[],
  choice: ClaimRemovalChoice,
  add?: AddedTag,
): {
  edits: { add: NewAnnotationEdit[]; remove: string[]; update: { id: string; patch: { links: Annotation['body']['links'] } }[] };
  notice: string;
} {
  const remove = new Set<string>();
  const relink = new Map<string, Annotation['body']['links']>();
  for (const id of ids) {
    const current = annotations.map((a) => (relink.has(a.id) ? { ...a, body: { ...a.body, links: relink.get(a.id) } } : a));
    const plan = planClaimRemoval(current, id, choice);
    plan.remove.forEach((r) => remove.add(r));
    for (const r of plan.relink) relink.set(r.id, r.links);
  }
  const update = [...relink].filter(([id]) => !remove.has(id)).map(([id, links]) => ({ id, patch: { links } }));
  const removed = `${remove.size} annotation${remove.size === 1 ? '' : 's'}`;
  const unlinked = choice === 'unlink' && relink.size > 0 ? `; ${relink.size} unlinked` : '';
  return {
    edits: { add: add ? [add] : [], remove: [...remove], update },
    notice: `${add ? `Changed to ${tagLabel(add.tag).toLowerCase()}: removed` : 'Removed'} ${removed}${unlinked}`,
  };
}
