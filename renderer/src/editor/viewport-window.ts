import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import type { Node as DocNode } from 'prosemirror-model';
import { DecorationSet, type EditorView } from 'prosemirror-view';

/** The stretch of the document, in positions [from, to), near enough to the viewport to be decorated. */
export interface DocWindow {
  readonly from: number;
  readonly to: number;
}

/** Key of the viewport-window plugin; its state is the current `DocWindow`. */
export const viewportWindowKey = new PluginKey<DocWindow>('viewport-window');

/**
 * Positions decorated before the first measurement: an article opens at its top, and a few
 * screens of text is under 20,000 characters at any reading size. Documents shorter than this
 * are always decorated whole, layout or not (unit tests run without one).
 */
export const FIRST_WINDOW = 20_000;

/** Fewest positions counted as one screen, so a screen of short headings still gets a margin around it. */
const MIN_SCREEN = 2_000;

/**
 * The window for a viewport showing positions [top, bottom): one and a half screens either
 * side, so a screen's scroll in either direction lands on text already decorated.
 */
export function windowAround(top: number, bottom: number): DocWindow {
  const screen = Math.max(MIN_SCREEN, bottom - top);
  return { from: Math.max(0, Math.floor(top - 1.5 * screen)), to: Math.ceil(bottom + 1.5 * screen) };
}

/**
 * Whether `current` still serves a viewport showing [top, bottom): it keeps at least half a
 * screen of decorated text beyond either edge. Moving the window only then means it moves
 * every other screen, not on every scroll event.
 */
export function windowHolds(current: DocWindow, top: number, bottom: number): boolean {
  const margin = Math.max(MIN_SCREEN, bottom - top) / 2;
  return current.from <= Math.max(0, top - margin) && current.to >= bottom + margin;
}

/** Measures closer together than this are one continuous movement of the scroller. */
const CONTINUOUS_MS = 100;

/** How long a fling must rest before the window catches up with it. */
export const FLING_SETTLE_MS = 150;

/**
 * Whether the viewport, measured at [top, bottom) `elapsedMs` after it showed `previous`, moved
 * at a fling's pace (the scrollbar thumb dragged, PageDown held): over half a screen since a
 * measure just before. Nobody reads at that pace, and a window redrawn for each such frame cost
 * a task of 30–100 ms every other frame.
 */
export function isFling(previous: { top: number; bottom: number }, top: number, bottom: number, elapsedMs: number): boolean {
  return elapsedMs < CONTINUOUS_MS && Math.abs(top - previous.top) > Math.max(MIN_SCREEN, bottom - top) / 2;
}

const shown = new WeakMap<DecorationSet, { window: DocWindow; set: DecorationSet }>();

/**
 * The part of `set` the view should draw: its decorations that touch the current window, or
 * the whole set when the window covers the document or the state has no window plugin. The
 * full set stays in its plugin's state, so lookups and mapping see every decoration; only
 * the DOM is limited, which keeps opening and scrolling a 10,000-highlight article cheap.
 * Memoised per set and window, so a view update that changed neither costs nothing.
 */
export function nearViewport(state: EditorState, set: DecorationSet): DecorationSet {
  const window = viewportWindowKey.getState(state);
  if (!window || set === DecorationSet.empty || (window.from <= 0 && window.to >= state.doc.content.size)) return set;
  const cached = shown.get(set);
  if (cached?.window === window) return cached.set;
  const near = DecorationSet.create(state.doc, set.find(window.from, window.to));
  shown.set(set, { window, set: near });
  return near;
}

/** A section or a block: its stretch of the document, in positions. */
interface Box {
  from: number;
  to: number;
}

/** The children of the node at `from` (the doc, at -1, or a section), with their positions. */
function childrenOf(node: DocNode, from: number): Box[] {
  const boxes: Box[] = [];
  node.forEach((child, offset) => boxes.push({ from: from + 1 + offset, to: from + 1 + offset + child.nodeSize }));
  return boxes;
}

/** The first of `boxes` whose element ends below `y` (`boxes.length` when none does), by binary search. */
function firstEndingBelow(view: EditorView, boxes: readonly Box[], y: number): number {
  let low = 0;
  let high = boxes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const rect = rectOf(view, boxes[mid]!);
    if (rect && rect.bottom <= y) low = mid + 1;
    else high = mid;
  }
  return low;
}

function rectOf(view: EditorView, box: Box): DOMRect | null {
  const dom = view.nodeDOM(box.from);
  return dom instanceof Element ? dom.getBoundingClientRect() : null;
}

/**
 * The document positions from the start of the first block on screen to the end of the last;
 * null while none of the article is on screen. Sections are found from their boxes, which are
 * right even for sections the browser skips (they reserve their height); a position read from
 * coordinates (posAtCoords) is not: after a jump to the middle of a long article it landed
 * screens away, and no highlight on screen was drawn. The blocks are then found inside the
 * first and last sections on screen, which the browser lays out: a section holds about 50
 * blocks, many screens of text, and a window measured in sections decorated ten times what
 * the analyst sees, so every tag renumbering the claims after it redrew hundreds.
 */
function visibleRange(view: EditorView): { top: number; bottom: number } | null {
  const port = view.dom.closest('[data-scroll-container]')?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
  const sections = childrenOf(view.state.doc, -1);
  const first = firstEndingBelow(view, sections, port.top);
  const last = Math.min(sections.length - 1, firstEndingBelow(view, sections, port.bottom));
  if (first >= sections.length || (rectOf(view, sections[first]!)?.top ?? Infinity) >= port.bottom) return null;
  const blocksOf = (index: number) => childrenOf(view.state.doc.child(index), sections[index]!.from);
  const topBlocks = blocksOf(first);
  const bottomBlocks = blocksOf(last);
  const top = topBlocks[Math.min(topBlocks.length - 1, firstEndingBelow(view, topBlocks, port.top))];
  const bottom = bottomBlocks[Math.min(bottomBlocks.length - 1, firstEndingBelow(view, bottomBlocks, port.bottom))];
  return { top: top?.from ?? sections[first]!.from, bottom: bottom?.to ?? sections[last]!.to };
}

/**
 * Keeps `DocWindow` around what the analyst sees: measured once a frame after any scroll or
 * resize that moved the article, and sent as a transaction only when the window no longer
 * holds (see `windowHolds`). While the article is flung (two measures in a row at a fling's
 * pace, see `isFling`), only once it has rested for `FLING_SETTLE_MS`: a single jump (J to a far
 * annotation, a search result), even with the correction that follows it as skipped sections
 * take their real height, is drawn at once. Plugins that paint many decorations pass their set
 * through `nearViewport`.
 */
export function viewportWindowPlugin(): Plugin<DocWindow> {
  return new Plugin<DocWindow>({
    key: viewportWindowKey,
    state: {
      init: () => ({ from: 0, to: FIRST_WINDOW }),
      apply: (tr, window) => (tr.getMeta(viewportWindowKey) as DocWindow | undefined) ?? window,
    },
    view: (view) => {
      let frame = 0;
      let settle: ReturnType<typeof setTimeout> | undefined;
      let last: { top: number; bottom: number; at: number } | null = null;
      let fastMoves = 0;
      const measure = () => {
        frame = 0;
        clearTimeout(settle);
        if (view.isDestroyed) return;
        const range = visibleRange(view);
        const previous = last;
        const at = performance.now();
        last = range && { ...range, at };
        fastMoves = range && previous && isFling(previous, range.top, range.bottom, at - previous.at) ? fastMoves + 1 : 0;
        const current = viewportWindowKey.getState(view.state);
        if (!range || !current || windowHolds(current, range.top, range.bottom)) return;
        if (fastMoves >= 2) {
          settle = setTimeout(measure, FLING_SETTLE_MS);
          return;
        }
        view.dispatch(view.state.tr.setMeta(viewportWindowKey, windowAround(range.top, range.bottom)));
      };
      const schedule = (event?: Event) => {
        if (frame !== 0) return;
        // Scroll events do not bubble, so this listens on the whole document and keeps those of scrollers around the article.
        if (event?.target instanceof Node && event.target !== document && !event.target.contains(view.dom)) return;
        // After the frame has rendered, so the boxes read are those of the frame just drawn.
        frame = requestAnimationFrame(() => setTimeout(measure, 0));
      };
      document.addEventListener('scroll', schedule, { capture: true, passive: true });
      window.addEventListener('resize', schedule, { passive: true });
      schedule();
      return {
        destroy: () => {
          cancelAnimationFrame(frame);
          clearTimeout(settle);
          document.removeEventListener('scroll', schedule, { capture: true });
          window.removeEventListener('resize', schedule);
        },
      };
    },
  });
}
