import type { Annotation } from '../../../shared/model/annotation';
import type { Stance } from '../../../shared/model/claim-record';
import { tagLabel } from '../labels/tag-labels';
import { diffAnnotationLists } from './annotation-list-diff';
import { compareClaims } from './claim-order';

const STANCE_WORD: Record<Stance, string> = { supports: 'supports', refutes: 'refutes', context: 'adds context to' };

/** Longest note a description carries; a screen reader reads the rest on the card. */
const NOTE_LIMIT = 300;

function describeNote(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  return `. Note: ${flat.length > NOTE_LIMIT ? `${flat.slice(0, NOTE_LIMIT - 1)}…` : flat}`;
}

function describeOne(a: Annotation, numbers: ReadonlyMap<string, number>): string {
  const { tag, note, links } = a.body;
  const number = numbers.get(a.id);
  const bears = (links ?? [])
    .map((link) => numbers.get(link.claim) !== undefined && `${STANCE_WORD[link.stance]} C${numbers.get(link.claim)}`)
    .filter(Boolean)
    .join(', ');
  return `${tagLabel(tag)}${number !== undefined ? ` C${number}` : ''}${bears ? `, ${bears}` : ''}${describeNote(note)}`;
}

function lowerBound(claims: readonly Annotation[], probe: Annotation): number {
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareClaims(claims[mid]!, probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What a screen reader says about each highlight, kept up to date change by change: `update`
 * looks only at the annotations that differ from the last list it was given
 * (`diffAnnotationLists`), the claims renumbered
 * by them, and the annotations linking to those claims. A tag in a 10,000-annotation article
 * therefore costs a few descriptions, not 10,000.
 */
export class HighlightDescriber {
  private last: readonly Annotation[] = [];
  private readonly current = new Map<string, Annotation>();
  /** Claims in numbering order; a claim's number is its index plus one. */
  private readonly claims: Annotation[] = [];
  private readonly numbers = new Map<string, number>();
  /** Ids of the annotations linking to each claim id, so a renumbered claim redescribes them. */
  private readonly linkers = new Map<string, Set<string>>();
  private readonly texts = new Map<string, string>();

  /**
   * Takes the annotations as they are now (every painted one, in any stable order such as the
   * store's snapshot) and returns the description of each highlight whose description changed
   * since the last call, by annotation id; the first call returns them all. Removed highlights
   * are forgotten and not returned.
   */
  update(annotations: readonly Annotation[]): Map<string, string> {
    const { gone, arrived } = diffAnnotationLists(this.last, annotations);
    this.last = annotations;
    const stale = new Set<string>();
    let firstMoved = this.claims.length;
    for (const a of gone) {
      this.current.delete(a.id);
      for (const link of a.body.links ?? []) this.linkers.get(link.claim)?.delete(a.id);
      if (a.body.tag !== 'claim') continue;
      let at = lowerBound(this.claims, a);
      if (this.claims[at] !== a) at = this.claims.indexOf(a);
      this.claims.splice(at, 1);
      this.numbers.delete(a.id);
      for (const id of this.linkers.get(a.id) ?? []) stale.add(id);
      firstMoved = Math.min(firstMoved, at);
    }
    for (const a of arrived) {
      this.current.set(a.id, a);
      stale.add(a.id);
      for (const link of a.body.links ?? []) this.linkersOf(link.claim).add(a.id);
      if (a.body.tag !== 'claim') continue;
      const at = lowerBound(this.claims, a);
      this.claims.splice(at, 0, a);
      firstMoved = Math.min(firstMoved, at);
    }
    for (let i = firstMoved; i < this.claims.length; i++) {
      const id = this.claims[i]!.id;
      if (this.numbers.get(id) === i + 1) continue;
      this.numbers.set(id, i + 1);
      stale.add(id);
      for (const linker of this.linkers.get(id) ?? []) stale.add(linker);
    }
    for (const a of gone) if (!this.current.has(a.id)) this.texts.delete(a.id);
    const changed = new Map<string, string>();
    for (const id of stale) {
      const a = this.current.get(id);
      if (!a) continue;
      const text = describeOne(a, this.numbers);
      if (this.texts.get(id) === text) continue;
      this.texts.set(id, text);
      changed.set(id, text);
    }
    return changed;
  }

  private linkersOf(claim: string): Set<string> {
    let ids = this.linkers.get(claim);
    if (!ids) this.linkers.set(claim, (ids = new Set()));
    return ids;
  }
}

/**
 * What a screen reader says about each highlight, by annotation id: its tag, its number as the
 * analyst sees it (claims: "Claim C3"), the claims evidence and denials bear on ("Evidence,
 * refutes C2") and its note ("… Note: checked with the port").
 */
export function describeHighlights(annotations: readonly Annotation[]): Map<string, string> {
  return new HighlightDescriber().update(annotations);
}
