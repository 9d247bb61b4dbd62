import type { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Tag } from '../../../shared/model/annotation';
import type { ImagePlaceholder } from '../../../shared/model/article';
import type { TextRange } from '../text/text-range';
import { highlightKey, highlightPlugin, highlightsAt, type Highlight, type HighlightAction } from './highlight-plugin';
import { imagePlaceholderPlugin } from './image-placeholder-plugin';
import { invisibleControlsPlugin } from './invisible-controls-plugin';
import { lineEstimatePlugin } from './line-estimate-plugin';
import { linkMarkerKey, linkMarkerPlugin, type LinkMarker } from './link-marker-plugin';
import { pointerPlugin } from './pointer-plugin';
import { readOnlyPlugin } from './read-only-plugin';
import { reviewLayerKey, reviewLayerPlugin, type ReviewMark } from './review-layer-plugin';
import { searchHighlightPlugin } from './search-highlight-plugin';
import { selectionKey, selectionPlugin } from './selection-plugin';
import { TextOffsets } from './text-offsets';
import { viewportWindowPlugin } from './viewport-window';

/** A highlight in plain-text offsets, as the rest of the app speaks. */
export interface PaintItem {
  id: string;
  tag: Tag;
  start: number;
  end: number;
}

/** A typed-link marker in plain-text offsets (see `LinkMarker`). */
export type LinkMarkerItem = Omit<LinkMarker, 'pos'> & { at: number };

/** A colleague's annotation painted in review mode, in plain-text offsets (see `ReviewMark`). */
export type ReviewMarkItem = Omit<ReviewMark, 'from' | 'to'> & { start: number; end: number };

/** A pointer gesture translated to plain-text offsets. */
export interface TextGesture {
  kind: 'click' | 'drag';
  from: number;
  to: number;
  shift: boolean;
  alt: boolean;
  done: boolean;
  /** Annotations under the pointer at release (clicks only), shortest first. */
  hits: readonly { id: string; tag: Tag }[];
}

/**
 * The one object that owns the ProseMirror view of an article: a read-only view whose
 * highlights, selection and cursor are decorations driven from outside, speaking plain-text
 * offsets through `TextOffsets`. Focusable (tabindex 0) so the reader's keys reach it.
 */
export class ReaderEditor {
  private readonly view: EditorView;
  private readonly offsets: TextOffsets;

  /**
   * Shows `doc` in `mount`, already painted with `highlights` and with a placeholder where each
   * of `images` stood; pointer gestures go to `onGesture`. `lang` (the article's BCP 47 tag)
   * picks the font of its script and, for Han characters, the Chinese or Japanese glyph forms.
   */
  constructor(
    mount: HTMLElement,
    doc: Node,
    highlights: readonly PaintItem[],
    onGesture: (gesture: TextGesture) => void,
    images: readonly ImagePlaceholder[] = [],
    lang?: string,
  ) {
    this.offsets = TextOffsets.fromDoc(doc);
    const state = EditorState.create({
      doc,
      plugins: [
        readOnlyPlugin(),
        viewportWindowPlugin(),
        lineEstimatePlugin(),
        imagePlaceholderPlugin(images),
        invisibleControlsPlugin(),
        highlightPlugin(highlights.map((i) => this.toHighlight(i))),
        selectionPlugin(),
        searchHighlightPlugin(),
        reviewLayerPlugin(),
        linkMarkerPlugin(),
        pointerPlugin((g) =>
          onGesture({
            kind: g.kind,
            from: this.offsets.toOffset(g.from),
            to: this.offsets.toOffset(g.to),
            shift: g.shift,
            alt: g.alt,
            done: g.done,
            hits: g.kind === 'click' && g.done ? highlightsAt(this.view.state, g.to) : [],
          }),
        ),
      ],
    });
    this.view = new EditorView(mount, {
      state,
      editable: () => false,
      attributes: {
        class: 'reader-article',
        tabindex: '0',
        role: 'document',
        'aria-label': 'Article text',
        'data-testid': 'article',
        ...(lang ? { lang } : {}),
      },
    });
  }

  /** Adds and removes highlights; costs O(changed · log n), never a rebuild. */
  paint(add: readonly PaintItem[], remove: readonly PaintItem[]): void {
    if (remove.length) this.send({ type: 'remove', highlights: remove.map((i) => this.toHighlight(i)) });
    if (add.length) this.send({ type: 'add', highlights: add.map((i) => this.toHighlight(i)) });
  }

  /** Outlines one highlight as active, or none. */
  setActive(item: PaintItem | null): void {
    const current = highlightKey.getState(this.view.state)?.active ?? null;
    if (current?.id === item?.id) return;
    this.send({ type: 'set-active', highlight: item && this.toHighlight(item) });
  }

  /** Replaces the typed-link markers; `at` is a plain-text offset (the end of the linked highlight). */
  showLinkMarkers(markers: readonly LinkMarkerItem[]): void {
    const placed = markers.map(({ at, ...rest }) => ({ ...rest, pos: this.offsets.toPos(at) }));
    this.view.dispatch(this.view.state.tr.setMeta(linkMarkerKey, placed));
  }

  /** Replaces the colleagues' layers painted in review mode (none: review mode is off); `start`/`end` are plain-text offsets. */
  showReviewMarks(marks: readonly ReviewMarkItem[]): void {
    const placed = marks.map(({ start, end, ...rest }) => ({ ...rest, from: this.offsets.toPos(start), to: this.offsets.toPos(end) }));
    this.view.dispatch(this.view.state.tr.setMeta(reviewLayerKey, { marks: placed }));
  }

  /** Shows the selection and the sentence cursor (either may be null). */
  showSelection(selection: TextRange | null, cursor: TextRange | null): void {
    const toPos = (r: TextRange | null) => r && this.offsets.toPosRange(r);
    this.view.dispatch(this.view.state.tr.setMeta(selectionKey, { selection: toPos(selection), cursor: toPos(cursor) }));
  }

  /** Scrolls the article so `range` starts a third of the way down (`center`) or just comes into view (`nearest`). */
  reveal(range: TextRange, how: 'center' | 'nearest'): void {
    const scroller = this.scroller();
    if (!scroller) return;
    // Blocks skipped by content-visibility have estimated heights until they render, and the
    // highlights near the target are drawn only once it is in view, so a long jump can land
    // off target: measure again over the next frames until it holds.
    let tries = 4;
    const settle = () => {
      const moved = this.scrollBy(scroller, range, how);
      if (moved && --tries > 0) requestAnimationFrame(settle);
    };
    settle();
  }

  /** The plain-text offset shown at the top of the article's scroll viewport. */
  firstVisibleOffset(): number {
    const box = (this.scroller() ?? this.view.dom).getBoundingClientRect();
    const articleBox = this.view.dom.getBoundingClientRect();
    const hit = this.view.posAtCoords({ left: articleBox.left + articleBox.width / 2, top: Math.max(box.top, articleBox.top) + 24 });
    return hit ? this.offsets.toOffset(hit.pos) : 0;
  }

  /** Focuses the article without scrolling it. */
  focus(): void {
    this.view.dom.focus({ preventScroll: true });
  }

  /** Removes the view from the page. */
  destroy(): void {
    this.view.destroy();
  }

  private send(action: HighlightAction): void {
    this.view.dispatch(this.view.state.tr.setMeta(highlightKey, action));
  }

  private toHighlight(item: PaintItem): Highlight {
    return { id: item.id, tag: item.tag, from: this.offsets.toPos(item.start), to: this.offsets.toPos(item.end) };
  }

  /** One scroll step of `reveal`; true when it had to move. */
  private scrollBy(scroller: Element, range: TextRange, how: 'center' | 'nearest'): boolean {
    const box = scroller.getBoundingClientRect();
    const top = this.view.coordsAtPos(this.offsets.toPos(range.start), 1).top;
    const bottom = this.view.coordsAtPos(this.offsets.toPos(range.end), -1).bottom;
    const margin = 48;
    const onScreen = top >= box.top + margin && bottom <= box.bottom - margin;
    if (how === 'nearest' && onScreen) return false;
    const tall = bottom - top > box.height - 2 * margin;
    const target =
      how === 'center' || tall
        ? box.top + box.height / 3
        : top < box.top + margin
          ? box.top + margin
          : box.bottom - margin - (bottom - top);
    if (Math.abs(top - target) < 2) return false;
    scroller.scrollTop += top - target;
    return true;
  }

  private scroller(): Element | null {
    return this.view.dom.closest('[data-scroll-container]');
  }
}
