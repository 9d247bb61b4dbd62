import { claimantForRange, prefillClaimant, suggestStatement, withLink, type ClaimRemovalChoice } from '../../../shared/claims';
import type { ClaimRecord, Stance } from '../../../shared/model/claim-record';
import type { Settings } from '../../../shared/model/settings';
import { DEFAULT_SCALE_ID, PRESET_SCALES } from '../../../shared/verdict/preset-scales';
import type { RatingScale } from '../../../shared/model/rating-scale';
import type { Client } from '../ipc/client';
import { tagLabel } from '../labels/tag-labels';
import type { RemovalQuestion } from '../reader/linked-removal';
import type { ReaderSession } from '../reader/reader-session';
import { messageOf } from '../ui/message-of';
import { ClaimsIndex } from './claims-index';
import { ClaimsView } from './claims-view';
import { linkMarkers, markersKey } from './link-markers';
import type { SuggestionsController } from './suggestions-controller';

/** What the reader's side panel shows. */
export type ClaimsPanel = 'annotations' | 'claims' | 'suggestions';

/** The fact-checking dialog open over the reader, if any. */
export type ClaimsDialog =
  | { kind: 'claim'; id: string }
  | { kind: 'evidence'; id: string }
  | { kind: 'link'; id: string }
  | { kind: 'remove-claims'; question: RemovalQuestion };

/** The fact-checking UI state React reads; a new object on every change. */
export interface ClaimsUi {
  readonly panel: ClaimsPanel;
  readonly dialog: ClaimsDialog | null;
  /** Every scale the workspace has and the one it rates on. */
  readonly scales: readonly RatingScale[];
  readonly scaleId: string;
}

/** The client requests the claims layer makes. */
export type ClaimsClient = Pick<Client, 'settings:get' | 'settings:update'>;

/**
 * The fact-checking layer over one open article: claim records, typed links, sources, the
 * claims table, the side panel and its dialogs, including the question the session asks before
 * a linked claim goes. Every change goes through the session, so it is undoable and autosaved;
 * this only holds what the UI shows.
 */
export class ClaimsController {
  private ui: ClaimsUi = { panel: 'annotations', dialog: null, scales: PRESET_SCALES, scaleId: DEFAULT_SCALE_ID };
  private readonly listeners = new Set<() => void>();
  private cachedView: ClaimsView | null = null;
  /** Kept in step with the annotations across views, so a new view after a tag costs that tag alone. */
  private readonly index = new ClaimsIndex();
  private drawnMarkers = '';
  private markersPending = false;
  private answerRemoval: ((choice: ClaimRemovalChoice | null) => void) | null = null;
  /** Records drafted from their sentence for claims that have none yet; stored with their first edit. */
  private readonly drafts = new Map<string, ClaimRecord>();

  constructor(
    readonly session: ReaderSession,
    private readonly client: ClaimsClient,
    private readonly suggestions: SuggestionsController,
  ) {
    session.annotations.subscribe(() => this.drawMarkers());
    this.drawMarkers();
    client['settings:get']({}).then(
      (settings) => this.applySettings(settings),
      (e: unknown) => session.notify(`Could not read the rating scale: ${messageOf(e)}`),
    );
  }

  /** Subscribes to `ClaimsUi` changes. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current `ClaimsUi`. */
  readonly getSnapshot = (): ClaimsUi => this.ui;

  /** Claim numbers, rows and link problems for the current annotations (cached until they change). */
  view(): ClaimsView {
    const annotations = this.session.annotations.getSnapshot().annotations;
    if (this.cachedView?.annotations !== annotations) this.cachedView = new ClaimsView(annotations, this.ui.scales, this.index);
    return this.cachedView;
  }

  /** T / S / the tabs: shows a panel; showing the open one again returns to the annotations. */
  togglePanel(panel: ClaimsPanel): void {
    this.showPanel(this.ui.panel === panel ? 'annotations' : panel);
  }

  /** Shows a panel (the tabs); the suggestions are fetched the first time they are shown. */
  showPanel(panel: ClaimsPanel): void {
    this.update({ panel });
    this.suggestions.setShown(panel === 'suggestions');
  }

  /**
   * V: opens the claim editor on the active (or first selected) claim, or the evidence editor on
   * evidence and denials; a card's button names its annotation with `id`.
   */
  openDetails(id?: string): void {
    const target = id ? this.session.annotations.get(id) : this.session.cursor.target(['claim', 'evidence', 'denial'], 'Record');
    if (!target) return this.session.notify('Select a tagged sentence, then press V for its claim record or sources');
    if (target.body.tag === 'claim') {
      this.update({ dialog: { kind: 'claim', id: target.id } });
      void this.ensureClaimRecord(target.id);
    } else this.update({ dialog: { kind: 'evidence', id: target.id } });
  }

  /** L: opens the claim picker for the active (or first selected) evidence or denial, or for annotation `id`. */
  openLinkPicker(id?: string): void {
    const target = id ? this.session.annotations.get(id) : this.session.cursor.target(['evidence', 'denial'], 'Link');
    if (!target) return this.session.notify('Select evidence or a denial, then press L to link it to a claim');
    if (this.view().numbers.size === 0) return this.session.notify('No claims to link to yet: tag one with 1');
    this.update({ dialog: { kind: 'link', id: target.id } });
  }

  /** Closes the open dialog (a removal question is answered "cancel") and returns to the text. */
  closeDialog(): void {
    this.settleRemoval(null);
    if (this.ui.dialog) this.update({ dialog: null });
    this.session.focusArticle();
  }

  /** The session's removal guard asks here: shows the question and resolves with the analyst's answer (null: cancel). */
  readonly confirmRemoval = (question: RemovalQuestion): Promise<ClaimRemovalChoice | null> => {
    this.settleRemoval(null);
    this.update({ dialog: { kind: 'remove-claims', question } });
    return new Promise((resolve) => (this.answerRemoval = resolve));
  };

  /** The removal question's answer: the session removes the claims, settling their links as chosen. */
  answerRemovalQuestion(choice: ClaimRemovalChoice): void {
    this.settleRemoval(choice);
    this.update({ dialog: null });
  }

  /**
   * Drafts the record of claim `id` from its sentence unless it has one. The draft is shown, not
   * stored: the first edit stores it, so a record opened and closed unchanged leaves the claim
   * as it was (not "edited", nothing to save or undo).
   */
  async ensureClaimRecord(id: string): Promise<void> {
    const annotation = this.session.annotations.get(id);
    if (!annotation || annotation.body.claim || this.drafts.has(id)) return;
    await this.suggestions.load();
    const current = this.session.annotations.get(id);
    if (!current || current.body.claim) return;
    const found = claimantForRange(this.suggestions.claimants(), current.target.selector.position);
    this.drafts.set(id, {
      statement: suggestStatement(current.target.selector.quote.exact),
      status: 'unstarted',
      ...prefillClaimant(found),
    });
    this.update({});
  }

  /** Claim `id`'s record: the stored one, else its unsaved draft; undefined while neither exists. */
  recordOf(id: string): ClaimRecord | undefined {
    return this.session.annotations.get(id)?.body.claim ?? this.drafts.get(id);
  }

  /** Writes claim `id`'s record; `field` names what changed, so typing undoes as one step per field. */
  updateClaim(id: string, record: ClaimRecord, field: string): void {
    this.session.updateBody(id, { claim: record }, `claim:${field}`);
  }

  /** "Split into another claim": a second claim annotation on the same range, with its own record, and opens it. */
  splitClaim(id: string): void {
    const annotation = this.session.annotations.get(id);
    if (!annotation) return;
    const { start, end } = annotation.target.selector.position;
    const [added] = this.session.applyEdits({
      add: [{ tag: 'claim', range: { start, end }, patch: { claim: { statement: '', status: 'unstarted', ...pick(this.recordOf(id)) } } }],
    });
    if (added) this.update({ dialog: { kind: 'claim', id: added } });
    this.session.notify('Split: a second claim on the same sentence');
  }

  /** Links `fromId` (evidence or denial) to claim `claimId` with `stance` (a denial always refutes). */
  link(fromId: string, claimId: string, stance: Stance): void {
    const from = this.session.annotations.get(fromId);
    if (!from) return;
    const links = withLink(from, claimId, stance);
    this.session.updateBody(fromId, { links });
    const made = links.find((l) => l.claim === claimId);
    this.session.notify(
      `${tagLabel(from.body.tag)} ${made?.stance === 'context' ? 'adds context to' : made?.stance} claim ${this.view().numbers.get(claimId) ?? ''}`.trim(),
    );
  }

  /** Removes `fromId`'s link to `claimId`. */
  unlink(fromId: string, claimId: string): void {
    const from = this.session.annotations.get(fromId);
    if (!from) return;
    this.session.updateBody(fromId, { links: (from.body.links ?? []).filter((l) => l.claim !== claimId) });
  }

  /** Takes the workspace's scales and the one it rates on from settings (as read, or just saved in the settings dialog). */
  applySettings(settings: Settings): void {
    this.update({ scales: [...PRESET_SCALES, ...(settings.customScales ?? [])], scaleId: settings.ratingScale ?? DEFAULT_SCALE_ID });
  }

  /** Sets the scale the workspace rates on and saves it in the settings. */
  async setScale(scaleId: string): Promise<void> {
    const previous = this.ui.scaleId;
    this.update({ scaleId });
    try {
      await this.client['settings:update']({ ratingScale: scaleId });
    } catch (e) {
      this.update({ scaleId: previous });
      this.session.notify(`The rating scale was not saved: ${messageOf(e)}`);
    }
  }

  private settleRemoval(choice: ClaimRemovalChoice | null): void {
    const answer = this.answerRemoval;
    this.answerRemoval = null;
    answer?.(choice);
  }

  /**
   * Redraws the link markers when they changed, in the first idle moment after a change: the
   * markers read every annotation, and tagging must paint first.
   */
  private drawMarkers(): void {
    if (this.markersPending) return;
    this.markersPending = true;
    requestIdleCallback(
      () => {
        this.markersPending = false;
        const annotations = this.session.annotations.getSnapshot().annotations;
        const markers = annotations.some((a) => a.body.links?.length) ? linkMarkers(annotations) : [];
        const key = markersKey(markers);
        if (key === this.drawnMarkers) return;
        this.drawnMarkers = key;
        this.session.marks.showLinkMarkers(markers);
      },
      { timeout: 300 },
    );
  }

  private update(patch: Partial<ClaimsUi>): void {
    this.ui = { ...this.ui, ...patch };
    if (patch.scales) this.cachedView = null;
    for (const listener of this.listeners) listener();
  }
}

/** A split claim keeps who said it and how, not the statement or verdict, which are the new claim's own. */
function pick(record: ClaimRecord | undefined): Partial<ClaimRecord> {
  if (!record) return {};
  return { ...(record.claimant ? { claimant: record.claimant } : {}), ...(record.attribution ? { attribution: record.attribution } : {}) };
}
