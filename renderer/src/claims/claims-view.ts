import { checkLinks, claimRow, type ClaimRow, type LinkProblem } from '../../../shared/claims';
import type { Annotation } from '../../../shared/model/annotation';
import type { RatingScale } from '../../../shared/model/rating-scale';
import { ClaimsIndex } from './claims-index';

/** Claim numbers (C1, C2…) by annotation id, answered from a `ClaimsIndex` by binary search. */
class ClaimNumbers implements ReadonlyMap<string, number> {
  constructor(private readonly index: ClaimsIndex) {}

  get size(): number {
    return this.index.orderedClaims.length;
  }
  get(id: string): number | undefined {
    return this.index.numberOf(id);
  }
  has(id: string): boolean {
    return this.index.numberOf(id) !== undefined;
  }
  *entries(): MapIterator<[string, number]> {
    for (const [i, claim] of this.index.orderedClaims.entries()) yield [claim.id, i + 1];
  }
  *keys(): MapIterator<string> {
    for (const claim of this.index.orderedClaims) yield claim.id;
  }
  *values(): MapIterator<number> {
    for (let i = 1; i <= this.size; i++) yield i;
  }
  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [id, n] of this.entries()) callback(n, id, this);
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

/**
 * What the claims views derive from one set of annotations: claim numbers, table rows, link
 * problems. Built over a `ClaimsIndex` kept in step with the annotations, so a card asking for
 * its own row or number costs a lookup, and the whole table is worked out only when asked; at
 * 10,000 annotations a pass over them all on every tag cost tens of milliseconds.
 */
export class ClaimsView {
  private rowsCache: readonly ClaimRow[] | null = null;
  private readonly rowCache = new Map<string, ClaimRow>();
  private readonly index: ClaimsIndex;
  /** Claim numbers (C1, C2…) by annotation id. */
  readonly numbers: ReadonlyMap<string, number>;

  /** `index`: one kept by the caller across changes; it is brought up to `annotations` here. */
  constructor(
    readonly annotations: readonly Annotation[],
    private readonly scales: readonly RatingScale[],
    index = new ClaimsIndex(),
  ) {
    index.update(annotations);
    this.index = index;
    this.numbers = new ClaimNumbers(index);
  }

  /** Every claim's row, in document order. */
  get rows(): readonly ClaimRow[] {
    this.rowsCache ??= this.index.orderedClaims.map((a) => this.row(a.id)!);
    return this.rowsCache;
  }

  /** The row of claim `id`; undefined when it is no claim here. */
  row(id: string): ClaimRow | undefined {
    const cached = this.rowCache.get(id);
    if (cached) return cached;
    const claim = this.index.get(id);
    if (claim?.body.tag !== 'claim') return undefined;
    const row = claimRow(claim, this.index.linked, this.scales);
    this.rowCache.set(id, row);
    return row;
  }

  /** The problems with annotation `id`'s links. */
  problemsOf(id: string): readonly LinkProblem[] {
    const annotation = this.index.get(id);
    if (!annotation?.body.links?.length) return [];
    // Only the claims it names matter: checking it against them alone keeps a card's cost small.
    const named = new Set(annotation.body.links.map((l) => l.claim));
    const targets = [...named].flatMap((claimId) => this.index.get(claimId) ?? []).filter((a) => a.id !== id);
    return checkLinks([annotation, ...targets]).filter((p) => p.from === id);
  }
}
