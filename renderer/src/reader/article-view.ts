import type { Article } from '../../../shared/model/article';
import { buildDoc } from '../editor/build-doc';
import { ReaderEditor, type LinkMarkerItem, type PaintItem, type ReviewMarkItem, type TextGesture } from '../editor/reader-editor';
import type { TextRange } from '../text/text-range';

/**
 * The article on screen, when it is: the session talks to this whether or not an editor is
 * attached (nothing happens while none is), and the marks drawn over the text outlive the
 * editor, so an article shown again shows them again.
 */
export class ArticleView {
  private editor: ReaderEditor | null = null;
  private linkMarkers: readonly LinkMarkerItem[] = [];
  private reviewMarks: readonly ReviewMarkItem[] = [];

  constructor(
    private readonly article: Article,
    private readonly onGesture: (gesture: TextGesture) => void,
  ) {}

  /** Shows the article in `mount` with `painted` highlights; returns the detach function. */
  attach(mount: HTMLElement, painted: readonly PaintItem[]): () => void {
    const { blocks, images, lang } = this.article;
    const editor = new ReaderEditor(mount, buildDoc(blocks), painted, this.onGesture, images, lang);
    this.editor = editor;
    if (this.linkMarkers.length > 0) editor.showLinkMarkers(this.linkMarkers);
    if (this.reviewMarks.length > 0) editor.showReviewMarks(this.reviewMarks);
    return () => {
      editor.destroy();
      if (this.editor === editor) this.editor = null;
    };
  }

  /** Adds and removes highlights. */
  paint(add: readonly PaintItem[], remove: readonly PaintItem[]): void {
    this.editor?.paint(add, remove);
  }

  /** Draws the selection and the cursor's sentence (null for neither). */
  showSelection(range: TextRange | null, cursor: TextRange | null): void {
    this.editor?.showSelection(range, cursor);
  }

  /** Marks one highlight active (null: none). */
  setActive(item: PaintItem | null): void {
    this.editor?.setActive(item);
  }

  /** Scrolls `range` into view. */
  reveal(range: TextRange, where: 'nearest' | 'center'): void {
    this.editor?.reveal(range, where);
  }

  /** Focuses the article text. */
  focus(): void {
    this.editor?.focus();
  }

  /** The text offset at the top of the screen, or null while nothing is shown. */
  firstVisibleOffset(): number | null {
    return this.editor?.firstVisibleOffset() ?? null;
  }

  /** Draws the typed-link markers, now and whenever the article is shown again. */
  showLinkMarkers(markers: readonly LinkMarkerItem[]): void {
    this.linkMarkers = markers;
    this.editor?.showLinkMarkers(markers);
  }

  /** Paints colleagues' annotations, now and whenever the article is shown again (an empty list clears them). */
  showReviewMarks(marks: readonly ReviewMarkItem[]): void {
    this.reviewMarks = marks;
    this.editor?.showReviewMarks(marks);
  }
}
