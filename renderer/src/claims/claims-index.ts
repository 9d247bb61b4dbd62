import type { LinkedAnnotation } from '../../../shared/claims';
import type { Annotation } from '../../../shared/model/annotation';
import { diffAnnotationLists } from '../annotations/annotation-list-diff';
import { compareAnnotations } from '../annotations/annotation-order';
import { compareClaims } from '../annotations/claim-order';
import { firstNotBefore } from '../annotations/first-not-before';

const compareLinked = (a: LinkedAnnotation, b: LinkedAnnotation) => compareAnnotations(a.annotation, b.annotation);

/**
 * The open article's annotations as the claims views look them up: by id, claims in numbering
 * order (C1, C2…) and what links to each claim (as `indexLinks` gives it, in document order).
 * `update` looks only at what differs from the list it saw last (`diffAnnotationLists`), so a
 * tag among 10,000 costs a splice and a few map entries, not a pass over them all.
 */
export class ClaimsIndex {
  private last: readonly Annotation[] = [];
  private readonly byId = new Map<string, Annotation>();
  private readonly claims: Annotation[] = [];
  private readonly linkers = new Map<string, LinkedAnnotation[]>();

  /** Takes the annotations as they are now (the store's snapshot, or any list sharing its objects). */
  update(annotations: readonly Annotation[]): void {
    const { gone, arrived } = diffAnnotationLists(this.last, annotations);
    this.last = annotations;
    for (const a of gone) {
      if (this.byId.get(a.id) === a) this.byId.delete(a.id);
      if (a.body.tag === 'claim') {
        const at = firstNotBefore(this.claims, a, compareClaims);
        if (this.claims[at] === a) this.claims.splice(at, 1);
        else if (this.claims.includes(a)) this.claims.splice(this.claims.indexOf(a), 1);
      } else
        for (const link of a.body.links ?? []) {
          const list = this.linkers.get(link.claim);
          const at = list?.findIndex((l) => l.annotation === a) ?? -1;
          if (at >= 0) list!.splice(at, 1);
          if (list?.length === 0) this.linkers.delete(link.claim);
        }
    }
    for (const a of arrived) {
      this.byId.set(a.id, a);
      if (a.body.tag === 'claim') this.claims.splice(firstNotBefore(this.claims, a, compareClaims), 0, a);
      else
        for (const link of a.body.links ?? []) {
          const entry = { annotation: a, stance: link.stance };
          const list = this.linkers.get(link.claim) ?? [];
          list.splice(firstNotBefore(list, entry, compareLinked), 0, entry);
          this.linkers.set(link.claim, list);
        }
    }
  }

  /** The annotation with this id, if the list holds it. */
  get(id: string): Annotation | undefined {
    return this.byId.get(id);
  }

  /** Claim `id`'s number (1 for the first in numbering order); undefined when it is no claim here. */
  numberOf(id: string): number | undefined {
    const claim = this.byId.get(id);
    if (claim?.body.tag !== 'claim') return undefined;
    const at = firstNotBefore(this.claims, claim, compareClaims);
    return this.claims[at] === claim ? at + 1 : undefined;
  }

  /** The claims in numbering order; read-only, and changed by the next `update`. */
  get orderedClaims(): readonly Annotation[] {
    return this.claims;
  }

  /** What links to each claim, by claim id (see `indexLinks`); changed by the next `update`. */
  get linked(): ReadonlyMap<string, readonly LinkedAnnotation[]> {
    return this.linkers;
  }
}
