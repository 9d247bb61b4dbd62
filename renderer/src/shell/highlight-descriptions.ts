import type { Annotation } from '../../../shared/model/annotation';
import type { Stance } from '../../../shared/model/claim-record';
import { tagLabel } from '../labels/tag-labels';
import { diffAnnotationLists } from '../annotations/annotation-list-diff';
import { compareClaims } from '../annotations/claim-order';
import { firstNotBefore } from '../annotations/first-not-before';

const STANCE_WORD: Record<Stance, string> = { supports: 'supports', refutes: 'refutes', context: 'adds context to' };

/** Longest note a description carries; a screen reader reads the rest on the card. */
const NOTE_LIMIT = 300;

function describeNote(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  return `. Note: ${flat.length > NOTE_LIMIT ? `${flat.slice(0, NOTE_LIMIT - 1)}…` : flat}`;
}

/**
 * What a screen reader says about each highlight, kept in step change by change: `update` looks
 * only at the annotations that differ from the last list it was given (`diffAnnotationLists`)
 * and keeps the claims in numbering order; `describe` works a description out when asked, a
 * claim's number by binary search. A new claim that renumbers thousands therefore costs a
 * splice, and only the highlights drawn are ever described.
 */
export class HighlightDescriber {
  private last: readonly Annotation[] = [];
  private readonly current = new Map<string, Annotation>();
  /** Claims in numbering order; a claim's number is its index plus one. */
  private readonly claims: Annotation[] = [];

  /** Takes the annotations as they are now: every painted one, in any stable order such as the store's snapshot. */
  update(annotations: readonly Annotation[]): void {
    const { gone, arrived } = diffAnnotationLists(this.last, annotations);
    this.last = annotations;
    for (const a of gone) {
      if (this.current.get(a.id) === a) this.current.delete(a.id);
      if (a.body.tag !== 'claim') continue;
      let at = firstNotBefore(this.claims, a, compareClaims);
      if (this.claims[at] !== a) at = this.claims.indexOf(a);
      if (at >= 0) this.claims.splice(at, 1);
    }
    for (const a of arrived) {
      this.current.set(a.id, a);
      if (a.body.tag === 'claim') this.claims.splice(firstNotBefore(this.claims, a, compareClaims), 0, a);
    }
  }

  /**
   * What a screen reader hears about annotation `id`: its tag, its number as the analyst sees it
   * (claims: "Claim C3"), the claims evidence and denials bear on ("Evidence, refutes C2") and
   * its note ("… Note: checked with the port"); undefined for an annotation it does not hold.
   */
  describe(id: string): string | undefined {
    const a = this.current.get(id);
    if (!a) return undefined;
    const { tag, note, links } = a.body;
    const number = this.numberOf(id);
    const bears = (links ?? [])
      .map((link) => {
        const claim = this.numberOf(link.claim);
        return claim !== undefined && `${STANCE_WORD[link.stance]} C${claim}`;
      })
      .filter(Boolean)
      .join(', ');
    return `${tagLabel(tag)}${number !== undefined ? ` C${number}` : ''}${bears ? `, ${bears}` : ''}${describeNote(note)}`;
  }

  private numberOf(id: string): number | undefined {
    const a = this.current.get(id);
    if (a?.body.tag !== 'claim') return undefined;
    const at = firstNotBefore(this.claims, a, compareClaims);
    return this.claims[at] === a ? at + 1 : undefined;
  }
}

/** Every highlight's description (see `HighlightDescriber.describe`), by annotation id. */
export function describeHighlights(annotations: readonly Annotation[]): Map<string, string> {
  const describer = new HighlightDescriber();
  describer.update(annotations);
  return new Map(annotations.map((a) => [a.id, describer.describe(a.id)!]));
}
