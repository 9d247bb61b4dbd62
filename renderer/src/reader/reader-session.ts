import type { OpenedDocument } from '../../../shared/ipc/contract';
import type { Creator, Tag } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';
import { toPlainText } from '../../../shared/text/plain-text';
import type { BodyPatch, NewAnnotationEdit } from '../annotations/annotation-edits';
import { AnnotationStore, type AnnotationsView } from '../annotations/annotation-store';
import type { Attention } from '../annotations/attention';
import { Autosave, type SaveClient, type SaveStatusSource } from '../annotations/autosave';
import { openAnnotations } from '../annotations/open-annotations';
import { tagLabel } from '../labels/tag-labels';
import { recordUntilPaint } from '../perf/perf-log';
import { sameRange, type TextRange } from '../text/text-range';
import { SentenceIndex } from '../text/sentence-index';
import { ArticleView } from './article-view';
import { segmentInBackground, type BackgroundSentences } from './background-sentences';
import { linkedRemoval, removalQuestion, type AddedTag, type ConfirmRemoval } from './linked-removal';
import { ReaderCursor, toPaint } from './reader-cursor';
import { ReaderUiState, type ReaderUi } from './reader-ui';

/** What opening an article needs besides the document, the analyst and the client. */
export interface ReaderSessionOptions {
  /** Annotations a new version left for review, listed under attention instead of anchored. */
  held?: ReadonlyMap<string, Attention>;
  /** Asked before a removal strands the evidence linked to a claim. */
  confirmRemoval: ConfirmRemoval;
}

/**
 * One open article: its text, annotations, autosave, cursor and (once attached) its view.
 * Every reader action goes through here, so keys, toolbar buttons and cards behave alike. The
 * annotation store is the session's own: panels read it through `annotations`, and every
 * change goes through a method here, so none bypasses the guard on linked claims.
 */
export class ReaderSession {
  readonly article: Article;
  readonly text: string;
  /** The annotations, to read and subscribe to. */
  readonly annotations: AnnotationsView;
  /** Where saving stands, for the save indicator. */
  readonly saves: SaveStatusSource;
  /** The selection, the cursor and the active annotation. */
  readonly cursor: ReaderCursor;
  private readonly store: AnnotationStore;
  private readonly autosave: Autosave;
  private readonly view: ArticleView;
  private readonly ui = new ReaderUiState();
  private readonly confirmRemoval: ConfirmRemoval;
  private readonly sentencesInBackground: BackgroundSentences | null;

  constructor(opened: OpenedDocument, creator: Creator, client: SaveClient, options: ReaderSessionOptions) {
    this.article = opened.article;
    this.text = toPlainText(opened.article.blocks);
    this.confirmRemoval = options.confirmRemoval;
    const documentId = opened.article.id;
    const annotations = openAnnotations(this.text, opened.annotations, options.held ?? new Map());
    this.store = new AnnotationStore({ documentId, text: this.text, creator, opened: annotations });
    this.annotations = this.store;
    this.autosave = new Autosave({ pending: this.store.pending, documentId, client });
    this.saves = this.autosave;
    this.view = new ArticleView(this.article, (gesture) => this.cursor.follow(gesture));
    this.cursor = new ReaderCursor(this.article, this.ui, this.view, this.store);
    this.store.onPaint(({ add, remove }) => this.view.paint(add.map(toPaint), remove.map(toPaint)));
    // Started before the view is built, so the other core segments while this one lays out.
    this.sentencesInBackground = segmentInBackground(this.article.blocks);
    this.sentencesInBackground?.done.then(
      ({ starts, ends }) => this.cursor.useSentences(SentenceIndex.fromTables(starts, ends)),
      () => setTimeout(() => void this.cursor.sentences.count),
    );
  }

  /** Subscribes to `ReaderUi` changes. */
  readonly subscribe = (listener: () => void): (() => void) => this.ui.subscribe(listener);

  /** The current `ReaderUi`. */
  readonly getSnapshot = (): ReaderUi => this.ui.get();

  /**
   * Shows the article in `mount`; returns the detach function. Sentences come from the worker
   * segmenting them meanwhile or, where there is none, are segmented once the view has painted.
   */
  attach(mount: HTMLElement): () => void {
    if (!this.sentencesInBackground) setTimeout(() => void this.cursor.sentences.count, 50);
    return this.view.attach(mount, this.store.getSnapshot().annotations.map(toPaint));
  }

  /** Focuses the article text. */
  focusArticle(): void {
    this.view.focus();
  }

  /**
   * 1/2/3: toggles `tag` on the selection; toggling off a claim evidence links to asks first.
   * `startedAt` (the key's timestamp) feeds the perf log.
   */
  toggleTag(tag: Tag, startedAt = performance.now()): void {
    const range = this.requireSelection();
    if (!range) return;
    // Only a claim can strand links, so the other tags skip the lookup.
    const exact =
      tag === 'claim'
        ? this.store.within(range).find((a) => a.body.tag === tag && sameRange(a.target.selector.position, range))
        : undefined;
    this.guardRemoval(exact ? [exact.id] : [], () => {
      this.notify(`${tagLabel(tag)} ${this.store.toggleTag(tag, range)}`);
      recordUntilPaint('tag', startedAt);
    });
  }

  /** Shift+1/2/3: makes `tag` the only tag inside the selection, asking first if a linked claim would go. */
  changeTag(tag: Tag, startedAt = performance.now()): void {
    const range = this.requireSelection();
    if (!range) return;
    const inside = this.store.within(range);
    const keep = inside.find((a) => a.body.tag === tag && sameRange(a.target.selector.position, range));
    const retag = () => {
      const label = tagLabel(tag).toLowerCase();
      this.notify(this.store.changeTag(tag, range) ? `Changed to ${label}` : `Already ${label}`);
      recordUntilPaint('tag', startedAt);
    };
    this.guardRemoval(
      inside.filter((a) => a !== keep).map((a) => a.id),
      retag,
      keep ? undefined : { tag, range },
    );
  }

  /** Delete/Backspace: removes every tag inside the selection, asking first if a linked claim is among them. */
  removeTags(): void {
    const range = this.requireSelection();
    if (!range) return;
    this.guardRemoval(
      this.store.within(range).map((a) => a.id),
      () => {
        const count = this.store.removeTags(range);
        this.notify(count === 0 ? 'No tags inside the selection' : `Removed ${count} tag${count === 1 ? '' : 's'}`);
      },
    );
  }

  /** A card's or the claim editor's Remove: deletes annotation `id`, asking first if it is a linked claim. */
  remove(id: string): void {
    this.guardRemoval([id], () => this.store.discard(id));
  }

  /** Deletes an annotation that needs attention: it is painted nowhere, so nothing links to it in sight. */
  discard(id: string): void {
    this.store.discard(id);
  }

  /** Settles an annotation needing attention on `range`. */
  placeAt(id: string, range: TextRange): void {
    this.store.placeAt(id, range);
  }

  /** Sets an annotation's note; quick successive edits undo together. */
  setNote(id: string, note: string): void {
    this.store.setNote(id, note);
  }

  /** Changes body fields other than the tag; quick edits with the same `coalesce` key undo as one. */
  updateBody(id: string, patch: BodyPatch, coalesce?: string): void {
    this.store.updateBody(id, patch, coalesce);
  }

  /** Several edits as one undoable step; returns the new annotations' ids in order. */
  applyEdits(edits: {
    add?: readonly NewAnnotationEdit[];
    update?: readonly { id: string; patch: BodyPatch }[];
    remove?: readonly string[];
  }): string[] {
    return this.store.applyEdits(edits);
  }

  /** Ctrl+Z. */
  undo(): void {
    this.notify(this.store.undo() ? 'Undone' : 'Nothing to undo');
  }

  /** Ctrl+Shift+Z / Ctrl+Y. */
  redo(): void {
    this.notify(this.store.redo() ? 'Redone' : 'Nothing to redo');
  }

  /** The selected text, for copying. */
  selectedText(): string {
    const range = this.ui.get().selection.range;
    return range ? this.text.slice(range.start, range.end) : '';
  }

  /** The sidebar's filter: hides `tag`'s cards, or shows them again. */
  toggleTagFilter(tag: Tag): void {
    this.ui.toggleTagFilter(tag);
  }

  /** The tags the sidebar shows, in tag order, when its filter hides any; null when it shows every tag. */
  tagFilter(): Tag[] | null {
    return this.ui.tagFilter();
  }

  /** Shows `notice` in the status line (and to screen readers): what an action did or needs. */
  notify(notice: string): void {
    this.ui.update({ notice });
  }

  /** The marks drawn over the text (typed-link markers, colleagues' layers); they outlive a detached view. */
  get marks(): Pick<ArticleView, 'showLinkMarkers' | 'showReviewMarks'> {
    return this.view;
  }

  /** Saves what is pending; resolves true once nothing is left unsaved, false if the attempt failed. */
  flush(): Promise<boolean> {
    return this.autosave.flush();
  }

  /** Stops autosave after a last flush attempt. */
  async close(): Promise<void> {
    this.sentencesInBackground?.cancel();
    this.ui.dispose();
    await this.autosave.flush();
    this.autosave.dispose();
  }

  /**
   * Runs `removeNow` unless a claim among `ids` has evidence or denials linked to it: then the
   * analyst is asked, and their answer removes `ids` with the links settled (and puts on `add`)
   * as one undoable step; a cancel changes nothing.
   */
  private guardRemoval(ids: readonly string[], removeNow: () => void, add?: AddedTag): void {
    const question = ids.length === 0 ? null : removalQuestion(this.store.getSnapshot().annotations, ids, (id) => this.store.get(id), add);
    if (!question) return removeNow();
    void this.confirmRemoval(question).then((choice) => {
      if (!choice) return;
      const { edits, notice } = linkedRemoval(this.store.getSnapshot().annotations, ids, choice, add);
      this.store.applyEdits(edits);
      this.notify(notice);
      this.focusArticle();
    });
  }

  private requireSelection(): TextRange | null {
    const range = this.ui.get().selection.range;
    if (!range) this.notify('Select a sentence first: click it, or press J');
    return range;
  }
}
