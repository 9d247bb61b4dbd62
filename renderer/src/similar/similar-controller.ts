import type { Output } from '../../../shared/ipc/contract';
import type { SimilarMatchView } from '../../../shared/ipc/similar-contract';
import type { Annotation } from '../../../shared/model/annotation';
import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import { messageOf } from '../ui/message-of';
import { claimQuery, refersTo, subjectClaim, toggleSameClaim } from './claim-memory-edits';
import { onSimilarRequest } from './similar-requests';

/** The requests the similar claims make. */
export type SimilarClient = Pick<Client, 'similar:find' | 'similar:details'>;

/** What the similar claims read and change of the open article. */
export type SimilarSession = Pick<ReaderSession, 'annotations' | 'subscribe' | 'getSnapshot' | 'updateBody' | 'notify'>;

/** What the similar-claims panels show; a new object on every change. */
export interface SimilarUi {
  /** The claim the matches are for; null when neither the record open nor the selection is a claim. */
  readonly claim: Annotation | null;
  /** `looking` until the first answer for this claim's text arrives. */
  readonly status: 'idle' | 'looking' | 'ready' | 'failed';
  readonly matches: readonly SimilarMatchView[];
  readonly error: string;
}

/** How many similar claims are shown beside a claim. */
export const SHOWN_MATCHES = 4;
/** Lookups wait for the selection to settle, so J/K over many sentences asks main nothing. */
const SETTLE_MS = 250;

/**
 * The similar claims beside the claim in hand (the record open, else the selected claim): looked
 * up in main's library-wide index once the selection settles and whenever the claim's statement
 * or claimant changes, stale answers dropped. Linking a match as "same claim" goes through the
 * session (undoable, autosaved); nothing is linked or copied unless the analyst asks. It never
 * moves focus.
 */
export class SimilarController {
  private ui: SimilarUi = { claim: null, status: 'idle', matches: [], error: '' };
  private readonly listeners = new Set<() => void>();
  private pinned: string | null = null;
  private asked = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;
  private keyUsers = 0;
  private stopKey: (() => void) | null = null;

  constructor(
    private readonly session: SimilarSession,
    private readonly client: SimilarClient,
    private readonly settleMs = SETTLE_MS,
  ) {
    session.subscribe(() => this.follow());
    session.annotations.subscribe(() => this.follow());
    this.follow();
  }

  /** Subscribes to `SimilarUi` changes. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current `SimilarUi`. */
  readonly getSnapshot = (): SimilarUi => this.ui;

  /** The claim record open on `id` (null: closed) is what the matches are about, whatever the selection. */
  pin(id: string | null): void {
    this.pinned = id;
    this.follow();
  }

  /**
   * Hears Edit › Link as Same Claim while a panel shows; returns the release function. Counted, so
   * the reader's panel and the record's can both show without the key acting twice.
   */
  listenForKey(): () => void {
    if (this.keyUsers++ === 0) this.stopKey = onSimilarRequest('link-same-claim', () => this.linkSameClaim());
    return () => {
      if (--this.keyUsers === 0) this.stopKey?.();
    };
  }

  /** Whether the claim is linked to `match` as the same claim. */
  isLinked(match: Pick<SimilarMatchView, 'key'>): boolean {
    return this.ui.claim?.body.sameClaims?.some((l) => refersTo(l, match)) ?? false;
  }

  /** Links the claim to `match` (the first shown when not given) as the same claim, or unlinks it when it was. */
  linkSameClaim(match: SimilarMatchView | undefined = this.ui.matches[0]): void {
    const claim = this.ui.claim;
    if (!claim) return this.session.notify('Select a claim to link it to an earlier check of the same claim');
    if (!match) return this.session.notify('No similar claim is shown to link as the same claim');
    const linked = this.isLinked(match);
    this.session.updateBody(claim.id, { sameClaims: toggleSameClaim(claim.body.sameClaims, match, new Date()) });
    const where = match.source ? ` (${match.source})` : '';
    this.session.notify(`${linked ? 'Unlinked' : 'Linked as the same claim'}: “${shorten(match.text)}”${where}`);
  }

  /** Removes the same-claim link whose index key is `key`. */
  unlink(key: string): void {
    const claim = this.ui.claim;
    if (!claim) return;
    this.session.updateBody(claim.id, { sameClaims: (claim.body.sameClaims ?? []).filter((l) => !refersTo(l, { key })) });
  }

  /** What `match` holds to copy (its verdict and sources), read from the store now. */
  details(match: Pick<SimilarMatchView, 'key'>): Promise<Output<'similar:details'>> {
    return this.client['similar:details']({ key: match.key });
  }

  /** Stops the pending lookup (the article closed). */
  dispose(): void {
    clearTimeout(this.timer);
    this.sequence++;
  }

  private follow(): void {
    const claim = subjectClaim(this.session.getSnapshot(), this.session.annotations, this.pinned);
    if (!claim) {
      clearTimeout(this.timer);
      this.asked = '';
      this.sequence++;
      if (this.ui.claim !== null || this.ui.status !== 'idle') this.update({ claim: null, status: 'idle', matches: [], error: '' });
      return;
    }
    const query = claimQuery(claim);
    const asking = JSON.stringify([claim.id, query.text, query.claimant]);
    if (asking === this.asked) {
      if (claim !== this.ui.claim) this.update({ claim });
      return;
    }
    const sameClaim = claim.id === this.ui.claim?.id;
    this.asked = asking;
    this.update(sameClaim ? { claim } : { claim, status: 'looking', matches: [], error: '' });
    clearTimeout(this.timer);
    const sequence = ++this.sequence;
    this.timer = setTimeout(() => void this.lookUp(claim, query, sequence), this.settleMs);
  }

  private async lookUp(claim: Annotation, query: { text: string; claimant?: string }, sequence: number): Promise<void> {
    try {
      const { matches } = await this.client['similar:find']({
        ...query,
        exclude: [{ docId: claim.documentId, annotationId: claim.id }],
        limit: SHOWN_MATCHES,
      });
      if (sequence === this.sequence) this.update({ status: 'ready', matches, error: '' });
    } catch (e) {
      if (sequence === this.sequence) this.update({ status: 'failed', matches: [], error: messageOf(e) });
    }
  }

  private update(patch: Partial<SimilarUi>): void {
    this.ui = { ...this.ui, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
