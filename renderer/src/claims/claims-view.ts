import {
  checkLinks,
  claimRow,
  indexLinks,
  sortClaims,
  type ClaimRow,
  type LinkedAnnotation,
  type LinkProblem,
} from '../../../shared/claims';
import type { Annotation } from '../../../shared/model/annotation';
import type { RatingScale } from '../../../shared/model/rating-scale';
import { numberClaims } from './link-markers';

/**
 * What the claims views derive from one set of annotations: claim numbers, table rows, link
 * problems. Each part is worked out on first use and kept, so a card asking for its own row
 * costs one pass over the links, not the whole table; at 10,000 annotations the whole table is
 * tens of milliseconds, too much to pay on every tag.
 */
export class ClaimsView {
  private numbersCache: ReadonlyMap<string, number> | null = null;
  private linkedCache: ReadonlyMap<string, readonly LinkedAnnotation[]> | null = null;
  private rowsCache: readonly ClaimRow[] | null = null;
  private readonly rowCache = new Map<string, ClaimRow>();
  private byIdCache: ReadonlyMap<string, Annotation> | null = null;

  constructor(
    readonly annotations: readonly Annotation[],
    private readonly scales: readonly RatingScale[],
  ) {}

  /** Claim numbers (C1, C2…) by annotation id. */
  get numbers(): ReadonlyMap<string, number> {
    this.numbersCache ??= numberClaims(this.annotations);
    return this.numbersCache;
  }

  /** Every claim's row, in document order. */
  get rows(): readonly ClaimRow[] {
    if (!this.rowsCache) {
      const linked = this.linked();
      this.rowsCache = sortClaims(this.annotations.filter((a) => a.body.tag === 'claim')).map((a) => {
        const row = this.rowCache.get(a.id) ?? claimRow(a, linked, this.scales);
        this.rowCache.set(a.id, row);
        return row;
      });
    }
    return this.rowsCache;
  }

  /** The row of claim `id`; undefined when it is no claim here. */
  row(id: string): ClaimRow | undefined {
    const cached = this.rowCache.get(id);
    if (cached) return cached;
    const claim = this.byId().get(id);
    if (claim?.body.tag !== 'claim') return undefined;
    const row = claimRow(claim, this.linked(), this.scales);
    this.rowCache.set(id, row);
    return row;
  }

  /** The problems with annotation `id`'s links. */
  problemsOf(id: string): readonly LinkProblem[] {
    const annotation = this.byId().get(id);
    if (!annotation?.body.links?.length) return [];
    // Only the claims it names matter: checking it against them alone keeps a card's cost small.
    const named = new Set(annotation.body.links.map((l) => l.claim));
    const targets = [...named].flatMap((claimId) => this.byId().get(claimId) ?? []).filter((a) => a.id !== id);
    return checkLinks([annotation, ...targets]).filter((p) => p.from === id);
  }

  private byId(): ReadonlyMap<string, Annotation> {
    this.byIdCache ??= new Map(this.annotations.map((a) => [a.id, a]));
    return this.byIdCache;
  }

  private linked(): ReadonlyMap<string, readonly LinkedAnnotation[]> {
    this.linkedCache ??= indexLinks(this.annotations);
    return this.linkedCache;
  }
}
