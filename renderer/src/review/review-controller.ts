import { computeAgreement, type AgreementReport } from '../../../shared/agreement';
import type { Annotation } from '../../../shared/model/annotation';
import type { RatingScale } from '../../../shared/model/rating-scale';
import { PRESET_SCALES } from '../../../shared/verdict/preset-scales';
import { bodySentences, type BodySentence } from '../../../shared/review/body-sentences';
import { buildLabelTable, findDisagreements, type Disagreement, type LabelTable } from '../../../shared/review/disagreements';
import { buildReplyThreads, type ReplyNode } from '../../../shared/review/reply-threads';
import { annotationKey, type ReviewDecisionKind } from '../../../shared/review/review-file';
import type { DocumentLayers } from '../../../shared/review/review-contract';
import { indexDecisions, reviewStateOf, type ReviewState } from '../../../shared/review/review-state';
import type { ReviewMarkItem } from '../editor/reader-editor';
import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import { badgeInitials } from './badge-initials';
import { decisionAnnouncement } from './decision-announcement';

/** A colleague's annotation as the review panel lists it. */
export interface ReviewItem {
  key: string;
  annotation: Annotation;
  analystName: string;
  initials: string;
  colour: string;
  state: ReviewState;
  thread: ReplyNode[];
}

/** What the review panel shows; replaced as a whole on every change. */
export interface ReviewSnapshot {
  layers: DocumentLayers | null;
  /** Why the layers could not be loaded, or the last action failed. */
  error: string | null;
  /** Analysts whose layers are switched off. */
  hidden: ReadonlySet<string>;
  /** Visible colleagues' annotations in document order. */
  items: readonly ReviewItem[];
  disagreements: readonly Disagreement[];
  /** The disagreement the navigator is on; -1 before the first move. */
  cursor: number;
  agreement: AgreementReport | null;
}

const EMPTY: ReviewSnapshot = { layers: null, error: null, hidden: new Set(), items: [], disagreements: [], cursor: -1, agreement: null };
const NO_REPLIES: ReplyNode[] = [];

/** What follows from the layers' annotations alone, and the layers it was worked out from. */
interface Figures {
  own: readonly Annotation[];
  colleagues: DocumentLayers['colleagues'];
  table: LabelTable;
  disagreements: Disagreement[];
  agreement: AgreementReport;
}

/**
 * Review mode for one open article: loads every colleague's layer and the review data, works
 * out each annotation's state, the disagreements and the agreement figures against the
 * reviewer's live annotations, paints the visible colleague layers in the reader, and sends
 * decisions and replies. The label table, disagreements and agreement figures (the costly part,
 * over every sentence) are worked out again only when a layer's annotations change: the
 * reviewer's own, or a colleague's file on disk; decisions, replies, toggles and the navigator
 * reuse them. Cards whose annotation, state and thread are unchanged keep their item object.
 */
export class ReviewController {
  private snapshot: ReviewSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private readonly sentences: BodySentence[];
  private readonly stopOwn: () => void;
  private closed = false;
  private figures: Figures | undefined;

  constructor(
    private readonly session: ReaderSession,
    private readonly client: Client,
    private readonly scales: readonly RatingScale[] = PRESET_SCALES,
  ) {
    this.sentences = bodySentences(session.article.blocks);
    this.stopOwn = session.annotations.subscribe(() => this.recompute());
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ReviewSnapshot => this.snapshot;

  /** (Re)loads the layers from main: on entering review mode and whenever a colleague's file changed. */
  async reload(): Promise<void> {
    try {
      const layers = keepUnchangedColleagues(
        this.snapshot.layers,
        await this.client['layers:list']({ documentId: this.session.article.id }),
      );
      if (!this.closed) this.recompute({ layers, error: null });
    } catch (error) {
      if (!this.closed) this.recompute({ error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Switches one analyst's layer on or off. */
  toggleLayer(analystId: string): void {
    const hidden = new Set(this.snapshot.hidden);
    if (!hidden.delete(analystId)) hidden.add(analystId);
    this.recompute({ hidden });
  }

  /**
   * Accepts or rejects a colleague's annotation, or takes the decision back ('undecided'); once
   * saved, the status line announces it, so a keyboard or screen-reader user hears it landed.
   */
  async decide(item: ReviewItem, decision: ReviewDecisionKind | 'undecided'): Promise<void> {
    const { id: annotationId, creator } = item.annotation;
    const saved = await this.send({ decide: [{ annotationId, analystId: creator.id, decision }], reply: [] });
    if (saved && !this.closed) this.session.notify(decisionAnnouncement(item, decision));
  }

  /** Adds a reply to an annotation's thread (answering `parentId`, or the annotation itself). */
  async reply(item: ReviewItem, text: string, parentId?: string): Promise<void> {
    const { id: annotationId, creator } = item.annotation;
    await this.send({ decide: [], reply: [{ annotationId, analystId: creator.id, text, ...(parentId ? { parentId } : {}) }] });
  }

  /** Moves the navigator to the next (1) or previous (-1) disagreement, wrapping, and shows its sentence. */
  step(delta: 1 | -1): void {
    const count = this.snapshot.disagreements.length;
    if (count === 0) {
      this.session.notify('No disagreements in this article');
      return;
    }
    const at = this.snapshot.cursor < 0 ? (delta === 1 ? 0 : count - 1) : (this.snapshot.cursor + delta + count) % count;
    this.recompute({ cursor: at });
    const { sentence } = this.snapshot.disagreements[at]!;
    this.session.cursor.preview({ start: sentence.start, end: sentence.end });
    this.session.notify(`Disagreement ${at + 1} of ${count}`);
  }

  /** Takes the colleague layers off the reader and stops listening. */
  close(): void {
    this.closed = true;
    this.stopOwn();
    this.session.marks.showReviewMarks([]);
    this.listeners.clear();
  }

  /** Sends a change to main; resolves whether main saved it. */
  private async send(change: {
    decide: { annotationId: string; analystId: string; decision: ReviewDecisionKind | 'undecided' }[];
    reply: { annotationId: string; analystId: string; text: string; parentId?: string }[];
  }): Promise<boolean> {
    const layers = this.snapshot.layers;
    if (!layers) return false;
    try {
      const myReview = await this.client['review:apply']({ documentId: this.session.article.id, ...change });
      // The adjudicated layer follows from the decisions; main rebuilds it on the next reload.
      if (!this.closed) this.recompute({ layers: { ...layers, myReview }, error: null });
      if (change.decide.length > 0) void this.reload();
      return true;
    } catch (error) {
      this.recompute({ error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  private recompute(patch: Partial<ReviewSnapshot> = {}): void {
    if (this.closed) return;
    const next = { ...this.snapshot, ...patch };
    const { layers } = next;
    if (!layers) {
      this.publish(next);
      return;
    }
    const { table, disagreements, agreement } = this.figuresFor(this.session.annotations.getSnapshot().annotations, layers);
    const context = { sentences: this.sentences, table, decisions: indexDecisions(layers.myReview.decisions), scales: this.scales };
    const threads = buildReplyThreads([...layers.myReview.replies, ...layers.otherReviews.flatMap((r) => r.replies)]);
    const before = new Map(this.snapshot.items.map((item) => [item.key, item]));
    const items = layers.colleagues
      .filter((layer) => !next.hidden.has(layer.analyst.id))
      .flatMap((layer) =>
        layer.annotations.map((annotation) => {
          const key = annotationKey({ analystId: layer.analyst.id, annotationId: annotation.id });
          const item: ReviewItem = {
            key,
            annotation,
            analystName: layer.analyst.name,
            initials: badgeInitials(layer.appearance.initials, layer.analyst.name),
            colour: layer.appearance.colour,
            state: reviewStateOf(annotation, context),
            thread: threads.get(key) ?? NO_REPLIES,
          };
          const previous = before.get(key);
          return previous && sameItem(previous, item) ? previous : item;
        }),
      )
      .sort(
        (a, b) => a.annotation.target.selector.position.start - b.annotation.target.selector.position.start || a.key.localeCompare(b.key),
      );
    const cursor = Math.min(next.cursor, disagreements.length - 1);
    this.publish({ ...next, items, disagreements, agreement, cursor });
    this.session.marks.showReviewMarks(items.map(toMark));
  }

  /** The figures for these layers: the ones worked out last time while no layer changed. */
  private figuresFor(own: readonly Annotation[], layers: DocumentLayers): Figures {
    const kept = this.figures;
    if (kept && kept.own === own && kept.colleagues === layers.colleagues) return kept;
    const all = [{ analyst: layers.me, annotations: own }, ...layers.colleagues];
    const table = buildLabelTable(this.sentences, all, this.scales);
    const agreement = computeAgreement(
      this.session.article.blocks,
      all.map((layer) => ({ analyst: layer.analyst.id, annotations: layer.annotations })),
    );
    this.figures = { own, colleagues: layers.colleagues, table, disagreements: findDisagreements(this.sentences, table), agreement };
    return this.figures;
  }

  private publish(next: ReviewSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

/**
 * The freshly loaded layers, keeping the previous colleagues' layers when none changed on disk
 * (a reload after a decision), so the figures worked out from them stay valid.
 */
function keepUnchangedColleagues(previous: DocumentLayers | null, loaded: DocumentLayers): DocumentLayers {
  if (!previous || JSON.stringify(previous.colleagues) !== JSON.stringify(loaded.colleagues)) return loaded;
  return { ...loaded, colleagues: previous.colleagues };
}

function sameItem(a: ReviewItem, b: ReviewItem): boolean {
  return (
    a.annotation === b.annotation &&
    a.state === b.state &&
    a.analystName === b.analystName &&
    a.initials === b.initials &&
    a.colour === b.colour &&
    (a.thread === b.thread || JSON.stringify(a.thread) === JSON.stringify(b.thread))
  );
}

function toMark(item: ReviewItem): ReviewMarkItem {
  const { annotation } = item;
  return {
    key: item.key,
    annotationId: annotation.id,
    analystId: annotation.creator.id,
    analystName: item.analystName,
    initials: item.initials,
    colour: item.colour,
    tag: annotation.body.tag,
    state: item.state,
    start: annotation.target.selector.position.start,
    end: annotation.target.selector.position.end,
  };
}
