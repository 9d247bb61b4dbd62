import {
  claimantForRange,
  linksTo,
  planClaimRemoval,
  prefillClaimant,
  suggestStatement,
  withLink,
  type ClaimRemovalChoice,
  type SentenceClaimant,
} from '../../../shared/claims';
import type { Annotation } from '../../../shared/model/annotation';
import type { ClaimRecord, Stance } from '../../../shared/model/claim-record';
import type { Settings } from '../../../shared/model/settings';
import type { Suggestion } from '../../../shared/suggest';
import { DEFAULT_SCALE_ID, PRESET_SCALES } from '../../../shared/verdict/preset-scales';
import type { RatingScale } from '../../../shared/verdict/rating-scale';
import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import type { TextRange } from '../text/text-range';
import { tagLabel } from '../labels/tag-labels';
import { ClaimsView } from './claims-view';
import { linkMarkers, markersKey } from './link-markers';
import { messageOf } from '../ui/message-of';
import { openSuggestions, suggestionKey } from './open-suggestions';

/** What the reader's side panel shows. */
export type ClaimsPanel = 'annotations' | 'claims' | 'suggestions';

/** The fact-checking dialog open over the reader, if any. */
export type ClaimsDialog =
  | { kind: 'claim'; id: string }
  | { kind: 'evidence'; id: string }
  | { kind: 'link'; id: string }
  | { kind: 'remove-claims'; ids: readonly string[]; add?: { tag: Annotation['body']['tag']; range: TextRange } };

/** The suggester's answer for this article, fetched once when first needed. */
export type SuggestionsState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; suggestions: readonly Suggestion[]; claimants: readonly SentenceClaimant[] }
  | { status: 'failed'; error: string };

/** The fact-checking UI state React reads; a new object on every change. */
export interface ClaimsUi {
  readonly panel: ClaimsPanel;
  readonly dialog: ClaimsDialog | null;
  readonly suggestions: SuggestionsState;
  /** Keys (`suggestionKey`) of suggestions the analyst dismissed in this session. */
  readonly dismissed: ReadonlySet<string>;
  /** Key of the suggestion A and X act on. */
  readonly currentSuggestion: string | null;
  /** Every scale the workspace has and the one it rates on. */
  readonly scales: readonly RatingScale[];
  readonly scaleId: string;
}

/**
 * The fact-checking layer over one open article: claim records, typed links, sources, the
 * claims table and the suggestions. Every change goes through the session's annotation store,
 * so it is undoable and autosaved; this only holds what the UI shows and the suggester's answer.
 */
export class ClaimsController {
  private ui: ClaimsUi = {
    panel: 'annotations',
    dialog: null,
    suggestions: { status: 'idle' },
    dismissed: new Set(),
    currentSuggestion: null,
    scales: PRESET_SCALES,
    scaleId: DEFAULT_SCALE_ID,
  };
  private readonly listeners = new Set<() => void>();
  private cachedView: ClaimsView | null = null;
  private drawnMarkers = '';
  private markersPending = false;
  private loading: Promise<void> | null = null;

  constructor(
    readonly session: ReaderSession,
    private readonly client: Client,
  ) {
    session.store.subscribe(() => this.drawMarkers());
    this.drawMarkers();
    client['settings:get']({}).then(
      (settings) => this.applySettings(settings),
      (e: unknown) => session.notify(`Could not read the rating scale: ${messageOf(e)}`),
    );
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ClaimsUi => this.ui;

  /** Claim numbers, rows and link problems for the store's current annotations (cached until they change). */
  view(): ClaimsView {
    const annotations = this.session.store.getSnapshot().annotations;
    if (this.cachedView?.annotations !== annotations) this.cachedView = new ClaimsView(annotations, this.ui.scales);
    return this.cachedView;
  }

  /** T / S / the tabs: shows a panel; showing the open one again returns to the annotations. */
  togglePanel(panel: ClaimsPanel): void {
    this.showPanel(this.ui.panel === panel ? 'annotations' : panel);
  }

  /** Shows a panel (the tabs); the suggestions are fetched the first time they are shown. */
  showPanel(panel: ClaimsPanel): void {
    this.update({ panel });
    if (panel === 'suggestions') void this.loadSuggestions();
  }

  /**
   * V: opens the claim editor on the active (or first selected) claim, or the evidence editor on
   * evidence and denials; a card's button names its annotation with `id`.
   */
  openDetails(id?: string): void {
    const target = id ? this.session.store.get(id) : this.target(['claim', 'evidence', 'denial']);
    if (!target) return this.session.notify('Select a tagged sentence, then press V for its claim record or sources');
    if (target.body.tag === 'claim') {
      this.update({ dialog: { kind: 'claim', id: target.id } });
      void this.ensureClaimRecord(target.id);
    } else this.update({ dialog: { kind: 'evidence', id: target.id } });
  }

  /** L: opens the claim picker for the active (or first selected) evidence or denial, or for annotation `id`. */
  openLinkPicker(id?: string): void {
    const target = id ? this.session.store.get(id) : this.target(['evidence', 'denial']);
    if (!target) return this.session.notify('Select evidence or a denial, then press L to link it to a claim');
    if (this.view().numbers.size === 0) return this.session.notify('No claims to link to yet: tag one with 1');
    this.update({ dialog: { kind: 'link', id: target.id } });
  }

  closeDialog(): void {
    if (this.ui.dialog) this.update({ dialog: null });
    this.session.focusArticle();
  }

  /** Creates the claim record of claim `id`, pre-filled from its sentence, unless it has one (one undo step). */
  async ensureClaimRecord(id: string): Promise<void> {
    const annotation = this.session.store.get(id);
    if (!annotation || annotation.body.claim) return;
    await this.loadSuggestions();
    const current = this.session.store.get(id);
    if (!current || current.body.claim) return;
    const state = this.ui.suggestions;
    const found = state.status === 'ready' ? claimantForRange(state.claimants, current.target.selector.position) : undefined;
    const record: ClaimRecord = {
      statement: suggestStatement(current.target.selector.quote.exact),
      status: 'unstarted',
      ...prefillClaimant(found),
    };
    this.session.store.updateBody(id, { claim: record });
  }

  /** Writes claim `id`'s record; `field` names what changed, so typing undoes as one step per field. */
  updateClaim(id: string, record: ClaimRecord, field: string): void {
    this.session.store.updateBody(id, { claim: record }, `claim:${field}`);
  }

  /** "Split into another claim": a second claim annotation on the same range, with its own record, and opens it. */
  splitClaim(id: string): void {
    const annotation = this.session.store.get(id);
    if (!annotation) return;
    const { start, end } = annotation.target.selector.position;
    const [added] = this.session.store.applyEdits({
      add: [
        { tag: 'claim', range: { start, end }, patch: { claim: { statement: '', status: 'unstarted', ...pick(annotation.body.claim) } } },
      ],
    });
    if (added) this.update({ dialog: { kind: 'claim', id: added } });
    this.session.notify('Split: a second claim on the same sentence');
  }

  /** Links `fromId` (evidence or denial) to claim `claimId` with `stance` (a denial always refutes). */
  link(fromId: string, claimId: string, stance: Stance): void {
    const from = this.session.store.get(fromId);
    if (!from) return;
    const links = withLink(from, claimId, stance);
    this.session.store.updateBody(fromId, { links });
    const made = links.find((l) => l.claim === claimId);
    this.session.notify(
      `${tagLabel(from.body.tag)} ${made?.stance === 'context' ? 'adds context to' : made?.stance} claim ${this.view().numbers.get(claimId) ?? ''}`.trim(),
    );
  }

  /** Removes `fromId`'s link to `claimId`. */
  unlink(fromId: string, claimId: string): void {
    const from = this.session.store.get(fromId);
    if (!from) return;
    this.session.store.updateBody(fromId, { links: (from.body.links ?? []).filter((l) => l.claim !== claimId) });
  }

  /**
   * Deletes annotations on the analyst's word. A claim that evidence or denials link to is not
   * deleted straight away: the analyst is asked what happens to the links. `add` is a tag the
   * same step puts on (Shift+1/2/3 retagging), made with the removal once the analyst answers.
   */
  requestRemove(ids: readonly string[], removeNow: () => void, add?: { tag: Annotation['body']['tag']; range: TextRange }): void {
    const annotations = this.session.store.getSnapshot().annotations;
    const linked = ids.filter((id) => this.session.store.get(id)?.body.tag === 'claim' && linksTo(annotations, id).length > 0);
    if (linked.length === 0) return removeNow();
    this.update({ dialog: { kind: 'remove-claims', ids, ...(add && { add }) } });
  }

  /**
   * 1/2/3: toggles a tag on the selection; toggling off a claim that evidence links to asks
   * first, like any other removal of it. One lookup in the selection, so tagging stays fast.
   */
  toggleTag(tag: Annotation['body']['tag'], startedAt: number): void {
    const range = this.session.getSnapshot().selection.range;
    const existing =
      range && tag === 'claim'
        ? this.session.store
            .within(range)
            .find(
              (a) =>
                a.body.tag === 'claim' && a.target.selector.position.start === range.start && a.target.selector.position.end === range.end,
            )
        : undefined;
    if (!existing) return this.session.toggleTag(tag, startedAt);
    this.requestRemove([existing.id], () => this.session.toggleTag(tag, startedAt));
  }

  /**
   * Shift+1/2/3 and Shift+click on a tag button: makes `tag` the only tag in the selection. When
   * that would remove or retag a claim evidence links to, the analyst is asked first, as for Delete.
   */
  changeTag(tag: Annotation['body']['tag'], startedAt: number): void {
    const range = this.session.getSnapshot().selection.range;
    if (!range) return this.session.changeTag(tag, startedAt);
    const inside = this.session.store.within(range);
    const keep = inside.find(
      (a) => a.body.tag === tag && a.target.selector.position.start === range.start && a.target.selector.position.end === range.end,
    );
    const ids = inside.filter((a) => a !== keep).map((a) => a.id);
    this.requestRemove(ids, () => this.session.changeTag(tag, startedAt), keep ? undefined : { tag, range });
  }

  /** Delete: removes the tags inside the selection, asking first when a linked claim is among them. */
  removeSelectedTags(): void {
    const range = this.session.getSnapshot().selection.range;
    const ids = range ? this.session.store.within(range).map((a) => a.id) : [];
    this.requestRemove(ids, () => this.session.removeTags());
  }

  /**
   * Removes claims `ids` (and any other annotations among `ids`), settling their links as chosen,
   * and puts on the tag the open question's retagging adds: one undo step.
   */
  removeClaims(ids: readonly string[], choice: ClaimRemovalChoice): void {
    const add = this.ui.dialog?.kind === 'remove-claims' ? this.ui.dialog.add : undefined;
    const annotations = this.session.store.getSnapshot().annotations;
    const remove = new Set<string>();
    const relink = new Map<string, Annotation['body']['links']>();
    for (const id of ids) {
      const plan = planClaimRemoval(
        annotations.map((a) => (relink.has(a.id) ? { ...a, body: { ...a.body, links: relink.get(a.id) } } : a)),
        id,
        choice,
      );
      plan.remove.forEach((r) => remove.add(r));
      for (const r of plan.relink) relink.set(r.id, r.links);
    }
    this.session.store.applyEdits({
      add: add ? [add] : [],
      remove: [...remove],
      update: [...relink].filter(([id]) => !remove.has(id)).map(([id, links]) => ({ id, patch: { links } })),
    });
    this.update({ dialog: null });
    this.session.notify(
      `${add ? `Changed to ${tagLabel(add.tag).toLowerCase()}: removed` : 'Removed'} ${remove.size} annotation${remove.size === 1 ? '' : 's'}${choice === 'unlink' && relink.size > 0 ? `; ${relink.size} unlinked` : ''}`,
    );
    this.session.focusArticle();
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

  /** Fetches the suggester's answer once; later calls wait for the same answer. */
  loadSuggestions(): Promise<void> {
    if (this.ui.suggestions.status === 'ready') return Promise.resolve();
    this.loading ??= (async () => {
      this.update({ suggestions: { status: 'loading' } });
      try {
        const { suggestions, claimants } = await this.client['document:suggest']({ documentId: this.session.article.id });
        this.update({ suggestions: { status: 'ready', suggestions, claimants } });
        this.showCurrent(this.openList()[0] ? suggestionKey(this.openList()[0]!) : null);
      } catch (e) {
        this.update({ suggestions: { status: 'failed', error: messageOf(e) } });
        this.loading = null;
      }
    })();
    return this.loading;
  }

  /** The suggestions still open: not dismissed, not already tagged that way; best first. */
  openList(): Suggestion[] {
    const state = this.ui.suggestions;
    if (state.status !== 'ready') return [];
    return openSuggestions(state.suggestions, this.ui.dismissed, this.session.store.getSnapshot().annotations);
  }

  /** Makes a suggestion current and shows its sentence. */
  focusSuggestion(suggestion: Suggestion): void {
    this.update({ currentSuggestion: suggestionKey(suggestion) });
    this.session.preview({ start: suggestion.start, end: suggestion.end });
  }

  /** A: tags the current suggestion's sentence as suggested. Nothing is tagged without this. */
  acceptSuggestion(suggestion = this.current()): void {
    if (!suggestion)
      return this.session.notify(this.ui.panel === 'suggestions' ? 'No suggestion left' : 'Press S to see the suggestions first');
    const next = this.after(suggestion);
    this.session.store.applyEdits({ add: [{ tag: suggestion.tag, range: { start: suggestion.start, end: suggestion.end } }] });
    this.session.notify(`Accepted: ${tagLabel(suggestion.tag).toLowerCase()}`);
    this.showCurrent(next);
  }

  /** X: sets the current suggestion aside for this session. */
  dismissSuggestion(suggestion = this.current()): void {
    if (!suggestion)
      return this.session.notify(this.ui.panel === 'suggestions' ? 'No suggestion left' : 'Press S to see the suggestions first');
    const next = this.after(suggestion);
    this.update({ dismissed: new Set([...this.ui.dismissed, suggestionKey(suggestion)]) });
    this.session.notify('Suggestion dismissed');
    this.showCurrent(next);
  }

  /**
   * Makes the suggestion with `key` current and, while the suggestions are shown, selects its
   * sentence: the analyst sees what A would tag, and 1/2/3 tag it otherwise.
   */
  private showCurrent(key: string | null): void {
    this.update({ currentSuggestion: key });
    const suggestion = key ? this.openList().find((s) => suggestionKey(s) === key) : undefined;
    if (suggestion && this.ui.panel === 'suggestions') this.session.preview({ start: suggestion.start, end: suggestion.end });
  }

  private current(): Suggestion | undefined {
    if (this.ui.panel !== 'suggestions') return undefined;
    const list = this.openList();
    return list.find((s) => suggestionKey(s) === this.ui.currentSuggestion) ?? list[0];
  }

  /** The key of the suggestion after `suggestion` in the open list (or before it, at the end). */
  private after(suggestion: Suggestion): string | null {
    const list = this.openList();
    const at = list.findIndex((s) => suggestionKey(s) === suggestionKey(suggestion));
    const next = list[at + 1] ?? list[at - 1];
    return next ? suggestionKey(next) : null;
  }

  /** The active annotation if its tag is one of `tags`, else the first such inside the selection. */
  private target(tags: readonly Annotation['body']['tag'][]): Annotation | undefined {
    const { activeId, selection } = this.session.getSnapshot();
    const active = activeId ? this.session.store.get(activeId) : undefined;
    if (active && tags.includes(active.body.tag)) return active;
    return selection.range ? this.session.store.within(selection.range).find((a) => tags.includes(a.body.tag)) : undefined;
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
        const annotations = this.session.store.getSnapshot().annotations;
        const markers = annotations.some((a) => a.body.links?.length) ? linkMarkers(annotations) : [];
        const key = markersKey(markers);
        if (key === this.drawnMarkers) return;
        this.drawnMarkers = key;
        this.session.showLinkMarkers(markers);
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

const controllers = new WeakMap<ReaderSession, ClaimsController>();

/** The one claims controller of an open article, made on first use. */
export function claimsFor(session: ReaderSession, client: Client): ClaimsController {
  let controller = controllers.get(session);
  if (!controller) controllers.set(session, (controller = new ClaimsController(session, client)));
  return controller;
}
