import type { OpenedDocument } from '../../../shared/ipc/contract';
import { TAGS, type Annotation, type Creator, type Tag } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';
import { segmentBlock } from '../../../shared/segment';
import { toPlainText } from '../../../shared/text/plain-text';
import { AnnotationStore } from '../annotations/annotation-store';
import type { Attention } from '../annotations/attention';
import { Autosave } from '../annotations/autosave';
import { openAnnotations } from '../annotations/open-annotations';
import type { ChangeBatch } from '../annotations/pending-changes';
import { buildDoc } from '../editor/build-doc';
import { ReaderEditor, type LinkMarkerItem, type PaintItem, type ReviewMarkItem, type TextGesture } from '../editor/reader-editor';
import {
  NO_SELECTION,
  clearSelection,
  extendSelectionTo,
  moveCursor,
  selectDrag,
  selectRange,
  selectSentenceAt,
  type ReaderSelection,
} from '../editor/sentence-selection';
import { recordUntilPaint } from '../perf/perf-log';
import { SentenceIndex } from '../text/sentence-index';
import type { TextRange } from '../text/text-range';
import { tagLabel } from '../labels/tag-labels';

/** What the reader's chrome shows besides the annotations: selection, active card, last notice. */
export interface ReaderUi {
  readonly selection: ReaderSelection;
  readonly activeId: string | null;
  /** A short status line for the last action (also read out by screen readers). */
  readonly notice: string;
  /** The tags the sidebar's filter hides; export offers the rest as "Current filter". */
  readonly hiddenTags: ReadonlySet<Tag>;
}

/** Repeated clicks on overlapping highlights cycle through them, shortest first. */
function nextHit(hits: TextGesture['hits'], activeId: string | null): string | null {
  const at = hits.findIndex((h) => h.id === activeId);
  return hits[(at + 1) % Math.max(1, hits.length)]?.id ?? null;
}

/** How long a notice stays in the status line. */
export const NOTICE_LIFETIME_MS = 8000;

const toPaint = (a: Annotation): PaintItem => ({ id: a.id, tag: a.body.tag, ...a.target.selector.position });

/**
 * One open article: its text, sentences, annotations, autosave and (once attached) its editor.
 * Every reader action goes through here, so keys, toolbar buttons and cards behave alike.
 */
export class ReaderSession {
  readonly article: Article;
  readonly text: string;
  private sentenceIndex: SentenceIndex | null = null;
  readonly store: AnnotationStore;
  readonly autosave: Autosave;
  private ui: ReaderUi = { selection: NO_SELECTION, activeId: null, notice: '', hiddenTags: new Set() };
  private readonly listeners = new Set<() => void>();
  private editor: ReaderEditor | null = null;
  private linkMarkers: readonly LinkMarkerItem[] = [];
  private reviewMarks: readonly ReviewMarkItem[] = [];
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  /** `held`: annotations a new version left for review, listed under attention instead of anchored. */
  constructor(
    opened: OpenedDocument,
    creator: Creator,
    save: (documentId: string, batch: ChangeBatch) => Promise<{ savedAt: string }>,
    held: ReadonlyMap<string, Attention> = new Map(),
  ) {
    this.article = opened.article;
    this.text = toPlainText(opened.article.blocks);
    this.store = new AnnotationStore({
      documentId: opened.article.id,
      text: this.text,
      creator,
      opened: openAnnotations(this.text, opened.annotations, held),
    });
    this.autosave = new Autosave({ pending: this.store.pending, save: (batch) => save(this.article.id, batch) });
    this.store.onPaint(({ add, remove }) => this.editor?.paint(add.map(toPaint), remove.map(toPaint)));
    this.store.subscribe(() => {
      const { activeId } = this.ui;
      if (activeId && !this.store.getSnapshot().annotations.some((a) => a.id === activeId)) this.update({ activeId: null });
    });
  }

  /** Subscribes to `ReaderUi` changes. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current `ReaderUi`. */
  readonly getSnapshot = (): ReaderUi => this.ui;

  /**
   * The article's sentences, segmented on first use: opening paints first, and `attach`
   * schedules the segmentation for the first idle moment after that.
   */
  get sentences(): SentenceIndex {
    this.sentenceIndex ??= SentenceIndex.fromBlocks(this.article.blocks, segmentBlock);
    return this.sentenceIndex;
  }

  /** Shows the article in `mount`; returns the detach function. */
  attach(mount: HTMLElement): () => void {
    setTimeout(() => void this.sentences.count, 50);
    const painted = this.store.getSnapshot().annotations.map(toPaint);
    const editor = new ReaderEditor(mount, buildDoc(this.article.blocks), painted, (g) => this.handleGesture(g), this.article.images);
    this.editor = editor;
    if (this.linkMarkers.length > 0) editor.showLinkMarkers(this.linkMarkers);
    if (this.reviewMarks.length > 0) editor.showReviewMarks(this.reviewMarks);
    return () => {
      editor.destroy();
      if (this.editor === editor) this.editor = null;
    };
  }

  /** Focuses the article text. */
  focusArticle(): void {
    this.editor?.focus();
  }

  /** 1/2/3: toggles `tag` on the selection. `startedAt` (the key's timestamp) feeds the perf log. */
  toggleTag(tag: Tag, startedAt = performance.now()): void {
    const range = this.requireSelection();
    if (!range) return;
    const outcome = this.store.toggleTag(tag, range);
    this.update({ notice: `${tagLabel(tag)} ${outcome}` });
    recordUntilPaint('tag', startedAt);
  }

  /** Shift+1/2/3: makes `tag` the only tag inside the selection. */
  changeTag(tag: Tag, startedAt = performance.now()): void {
    const range = this.requireSelection();
    if (!range) return;
    const changed = this.store.changeTag(tag, range);
    this.update({ notice: changed ? `Changed to ${tagLabel(tag).toLowerCase()}` : `Already ${tagLabel(tag).toLowerCase()}` });
    recordUntilPaint('tag', startedAt);
  }

  /** Delete/Backspace: removes every tag inside the selection. */
  removeTags(): void {
    const range = this.requireSelection();
    if (!range) return;
    const count = this.store.removeTags(range);
    this.update({ notice: count === 0 ? 'No tags inside the selection' : `Removed ${count} tag${count === 1 ? '' : 's'}` });
  }

  /** Ctrl+Z. */
  undo(): void {
    this.update({ notice: this.store.undo() ? 'Undone' : 'Nothing to undo' });
  }

  /** Ctrl+Shift+Z / Ctrl+Y. */
  redo(): void {
    this.update({ notice: this.store.redo() ? 'Redone' : 'Nothing to redo' });
  }

  /** J/K: moves (or with `extend`, stretches) the selection by one sentence and keeps it on screen. */
  moveCursor(delta: 1 | -1, extend: boolean): void {
    const from = this.ui.selection.cursor < 0 ? this.sentences.indexAt(this.editor?.firstVisibleOffset() ?? 0) : 0;
    const selection = moveCursor(this.sentences, this.ui.selection, delta, extend, Math.max(0, from));
    this.select(selection);
    if (selection.cursor >= 0) this.editor?.reveal(this.sentences.sentence(selection.cursor), 'nearest');
  }

  /** Escape: clears the selection and the active highlight. */
  clearSelection(): void {
    this.select(clearSelection(this.ui.selection));
    this.activate(null);
  }

  /** From a card: selects the annotation's range, marks it active and scrolls to it. */
  goToAnnotation(id: string): void {
    const annotation = this.store.get(id);
    if (!annotation || this.store.getSnapshot().attention.some((a) => a.annotation.id === id)) return;
    const range = annotation.target.selector.position;
    this.select(selectRange(this.sentences, { start: range.start, end: range.end }));
    this.activate(id);
    this.editor?.reveal(range, 'center');
  }

  /**
   * N: the annotation whose note to edit — the active one, else the first inside the selection
   * (made active). Null when there is none; the notice then says what to do.
   */
  noteTarget(): string | null {
    const range = this.ui.selection.range;
    const id = this.ui.activeId ?? (range ? this.store.within(range)[0]?.id : undefined) ?? null;
    if (!id) {
      this.update({ notice: 'Tag the selection first, then press N for its note' });
      return null;
    }
    this.activate(id);
    return id;
  }

  /** Selects a candidate range of an annotation that needs attention, to preview it. */
  preview(range: TextRange): void {
    this.select(selectRange(this.sentences, range));
    this.editor?.reveal(range, 'center');
  }

  /** The selected text, for copying. */
  selectedText(): string {
    const range = this.ui.selection.range;
    return range ? this.text.slice(range.start, range.end) : '';
  }

  /** The sidebar's filter: hides `tag`'s cards, or shows them again. */
  toggleTagFilter(tag: Tag): void {
    const hiddenTags = new Set(this.ui.hiddenTags);
    if (!hiddenTags.delete(tag)) hiddenTags.add(tag);
    this.update({ hiddenTags });
  }

  /** The tags the sidebar shows, in tag order, when its filter hides any; null when it shows every tag. */
  tagFilter(): Tag[] | null {
    const { hiddenTags } = this.ui;
    return hiddenTags.size === 0 ? null : TAGS.filter((tag) => !hiddenTags.has(tag));
  }

  /** Shows `notice` in the status line (and to screen readers): what an action did or needs. */
  notify(notice: string): void {
    this.update({ notice });
  }

  /** Review mode: paints colleagues' annotations beside the analyst's own (an empty list clears them). */
  showReviewMarks(marks: readonly ReviewMarkItem[]): void {
    this.reviewMarks = marks;
    this.editor?.showReviewMarks(marks);
  }

  /** Draws the typed-link markers in the text, now and whenever the article is shown again. */
  showLinkMarkers(markers: readonly LinkMarkerItem[]): void {
    this.linkMarkers = markers;
    this.editor?.showLinkMarkers(markers);
  }

  /** Saves what is pending and resolves once done (or failed). */
  flush(): Promise<boolean> {
    return this.autosave.flush();
  }

  /** Stops autosave after a last flush attempt. */
  async close(): Promise<void> {
    clearTimeout(this.noticeTimer);
    await this.autosave.flush();
    this.autosave.dispose();
  }

  private handleGesture(gesture: TextGesture): void {
    if (gesture.kind === 'drag') {
      this.select(selectDrag(this.sentences, gesture.from, gesture.to, gesture.alt));
      return;
    }
    this.select(
      gesture.shift ? extendSelectionTo(this.sentences, this.ui.selection, gesture.to) : selectSentenceAt(this.sentences, gesture.to),
    );
    if (!gesture.shift) this.activate(nextHit(gesture.hits, this.ui.activeId));
  }

  private requireSelection(): TextRange | null {
    const range = this.ui.selection.range;
    if (!range) this.update({ notice: 'Select a sentence first: click it, or press J' });
    return range;
  }

  /**
   * Every selection (click, drag, J/K, a card, a search hit) also settles the active annotation,
   * which N, V, L and the rest act on: the active one stays while the selection still holds it,
   * else the selection's first annotation becomes active, or none. So a command never reaches an
   * annotation the analyst has moved away from.
   */
  private select(selection: ReaderSelection): void {
    const cursor = selection.cursor >= 0 ? this.sentences.sentence(selection.cursor) : null;
    this.editor?.showSelection(selection.range, cursor);
    this.update({ selection });
    const inside = selection.range ? this.store.within(selection.range) : [];
    if (inside.some((a) => a.id === this.ui.activeId)) return;
    // Only a real change repaints the active highlight: J/K over untagged text costs nothing more.
    const next = inside[0]?.id ?? null;
    if (next !== this.ui.activeId) this.activate(next);
  }

  private activate(id: string | null): void {
    const annotation = id ? this.store.get(id) : undefined;
    this.editor?.setActive(annotation ? toPaint(annotation) : null);
    this.update({ activeId: annotation ? annotation.id : null });
  }

  private update(patch: Partial<ReaderUi>): void {
    this.ui = { ...this.ui, ...patch };
    if (patch.notice) this.expireNotice(patch.notice);
    for (const listener of this.listeners) listener();
  }

  /**
   * A notice says what the last action did; once the analyst has had time to read it, it goes,
   * so "Undone" never stands beside later edits as if it were still news.
   */
  private expireNotice(notice: string): void {
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      if (this.ui.notice === notice) this.update({ notice: '' });
    }, NOTICE_LIFETIME_MS);
  }
}
