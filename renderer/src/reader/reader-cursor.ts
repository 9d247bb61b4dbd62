import type { Article } from '../../../shared/model/article';
import { TAGS, type Annotation, type Tag } from '../../../shared/model/annotation';
import { segmentBlock } from '../../../shared/segment';
import { blockRanges } from '../../../shared/text/plain-text';
import type { AnnotationsView } from '../annotations/annotation-store';
import { tagLabel } from '../labels/tag-labels';
import type { PaintItem, TextGesture } from '../editor/reader-editor';
import {
  clearSelection,
  extendSelectionTo,
  moveCursor,
  selectDrag,
  selectRange,
  selectSentenceAt,
  type ReaderSelection,
} from '../editor/sentence-selection';
import { SentenceIndex } from '../text/sentence-index';
import type { TextRange } from '../text/text-range';
import type { ArticleView } from './article-view';
import type { ReaderUiState } from './reader-ui';

/** The highlight of an annotation, as the editor paints it. */
export const toPaint = (a: Annotation): PaintItem => ({ id: a.id, tag: a.body.tag, ...a.target.selector.position });

/** Repeated clicks on overlapping highlights cycle through them, shortest first. */
function nextHit(hits: TextGesture['hits'], activeId: string | null): string | null {
  const at = hits.findIndex((h) => h.id === activeId);
  return hits[(at + 1) % Math.max(1, hits.length)]?.id ?? null;
}

/**
 * Where the analyst is in the article: the selection, the cursor's sentence and the active
 * annotation, moved by J/K, clicks and drags, cards and previews. Tagging acts on what this
 * selects; N, V, L and the rest act on the annotation it makes active.
 */
export class ReaderCursor {
  private sentenceIndex: SentenceIndex | null = null;
  private captionRanges: TextRange[] | null = null;

  constructor(
    private readonly article: Article,
    private readonly ui: ReaderUiState,
    private readonly view: ArticleView,
    private readonly annotations: AnnotationsView,
  ) {
    annotations.subscribe(() => {
      const { activeId } = ui.get();
      if (activeId && !annotations.getSnapshot().annotations.some((a) => a.id === activeId)) ui.update({ activeId: null });
    });
  }

  /** The article's sentences: those handed to `useSentences`, else segmented here as far as they are asked about. */
  get sentences(): SentenceIndex {
    this.sentenceIndex ??= SentenceIndex.fromBlocks(this.article.blocks, segmentBlock);
    return this.sentenceIndex;
  }

  /**
   * Takes the article's sentences segmented elsewhere, unless all were segmented here first. A
   * part segmented here numbers its sentences as the whole does, so a selection made on it holds.
   */
  useSentences(index: SentenceIndex): void {
    if (!this.sentenceIndex?.complete) this.sentenceIndex = index;
  }

  /**
   * J/K: moves (or with `extend`, stretches) the selection by one body sentence and keeps it on
   * screen. Captions and photo credits are stepped over (a click still selects them); with no
   * body sentence left that way the selection stays.
   */
  move(delta: 1 | -1, extend: boolean): void {
    const current = this.ui.get().selection;
    const from = current.cursor < 0 ? this.sentences.indexAt(this.view.firstVisibleOffset() ?? 0) : 0;
    let selection = moveCursor(this.sentences, current, delta, extend, Math.max(0, from));
    while (selection.cursor >= 0 && this.inCaption(selection.cursor)) {
      const next = moveCursor(this.sentences, selection, delta, extend);
      if (next.cursor === selection.cursor) {
        if (current.cursor >= 0) return;
        break;
      }
      selection = next;
    }
    this.select(selection);
    if (selection.cursor >= 0) this.view.reveal(this.sentences.sentence(selection.cursor), 'nearest');
  }

  /** Escape: clears the selection and the active highlight. */
  clear(): void {
    this.select(clearSelection(this.ui.get().selection));
    this.activate(null);
  }

  /** From a card: selects the annotation's range, marks it active and scrolls to it. */
  goTo(id: string): void {
    const annotation = this.annotations.get(id);
    if (!annotation || this.annotations.getSnapshot().attention.some((a) => a.annotation.id === id)) return;
    const range = annotation.target.selector.position;
    this.select(selectRange(this.sentences, { start: range.start, end: range.end }));
    this.activate(id);
    this.view.reveal(range, 'center');
  }

  /**
   * The annotation a command (N, V, L) acts on: the active one when its tag is among `tags`,
   * else the selection's first such, made active so the analyst sees it. When the selection
   * holds several of them the notice says which was chosen and how to reach another; undefined
   * when there is none (the caller says what to do).
   */
  target(tags: readonly Tag[], command: string): Annotation | undefined {
    const { activeId, selection } = this.ui.get();
    const inside = selection.range ? this.annotations.within(selection.range).filter((a) => tags.includes(a.body.tag)) : [];
    const active = activeId ? this.annotations.get(activeId) : undefined;
    const chosen = active && tags.includes(active.body.tag) ? active : inside[0];
    if (!chosen) return undefined;
    if (chosen.id !== activeId) this.activate(chosen.id);
    if (inside.length > 1) {
      const at = inside.findIndex((a) => a.id === chosen.id) + 1;
      this.ui.update({
        notice: `${command}: ${tagLabel(chosen.body.tag).toLowerCase()} ${at} of ${inside.length} here (click the highlight again for the next)`,
      });
    }
    return chosen;
  }

  /** N: the annotation whose note to edit (see `target`); null, with a notice saying what to do, when there is none. */
  noteTarget(): string | null {
    const chosen = this.target(TAGS, 'Note');
    if (!chosen) this.ui.update({ notice: 'Tag the selection first, then press N for its note' });
    return chosen?.id ?? null;
  }

  /** Selects a candidate range (an annotation needing attention, a suggestion), to preview it. */
  preview(range: TextRange): void {
    this.select(selectRange(this.sentences, range));
    this.view.reveal(range, 'center');
  }

  /** A click or drag in the text: selects sentences; a plain click also cycles the active highlight. */
  follow(gesture: TextGesture): void {
    if (gesture.kind === 'drag') return this.select(selectDrag(this.sentences, gesture.from, gesture.to, gesture.alt));
    const { selection } = this.ui.get();
    this.select(gesture.shift ? extendSelectionTo(this.sentences, selection, gesture.to) : selectSentenceAt(this.sentences, gesture.to));
    if (!gesture.shift) this.activate(nextHit(gesture.hits, this.ui.get().activeId));
  }

  /**
   * Every selection (click, drag, J/K, a card, a search hit) also settles the active annotation:
   * the active one stays while the selection still holds it, else the selection's first
   * annotation becomes active, or none. So a command never reaches an annotation the analyst
   * has moved away from.
   */
  private select(selection: ReaderSelection): void {
    const cursor = selection.cursor >= 0 ? this.sentences.sentence(selection.cursor) : null;
    this.view.showSelection(selection.range, cursor);
    this.ui.update({ selection });
    const inside = selection.range ? this.annotations.within(selection.range) : [];
    const { activeId } = this.ui.get();
    if (inside.some((a) => a.id === activeId)) return;
    // Only a real change repaints the active highlight: J/K over untagged text costs nothing more.
    const next = inside[0]?.id ?? null;
    if (next !== activeId) this.activate(next);
  }

  /** Whether sentence `i` lies in a caption block (few per article, so a scan is enough). */
  private inCaption(i: number): boolean {
    this.captionRanges ??= blockRanges(this.article.blocks).filter((_, b) => this.article.blocks[b]?.type === 'caption');
    const { start } = this.sentences.sentence(i);
    return this.captionRanges.some((r) => start >= r.start && start < r.end);
  }

  private activate(id: string | null): void {
    const annotation = id ? this.annotations.get(id) : undefined;
    this.view.setActive(annotation ? toPaint(annotation) : null);
    this.ui.update({ activeId: annotation ? annotation.id : null });
  }
}
