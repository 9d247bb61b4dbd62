import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
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

/** The document positions at the top and bottom of the part of the article on screen; null while none of it is laid out on screen. */
function visibleRange(view: EditorView): { top: number; bottom: number } | null {
  const article = view.dom.getBoundingClientRect();
  const port = view.dom.closest('[data-scroll-container]')?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
  const top = Math.max(port.top, article.top) + 1;
  const bottom = Math.min(port.bottom, article.bottom) - 1;
  if (bottom <= top) return null;
  const left = article.left + article.width / 2;
  const first = view.posAtCoords({ left, top });
  const last = view.posAtCoords({ left, top: bottom });
  return first && last ? { top: Math.min(first.pos, last.pos), bottom: Math.max(first.pos, last.pos) } : null;
}

/**
 * Keeps `DocWindow` around what the analyst sees: measured once a frame after any scroll or
 * resize that moved the article, and sent as a transaction only when the window no longer
 * holds (see `windowHolds`). Plugins that paint many decorations pass their set through
 * `nearViewport`.
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
      const measure = () => {
        frame = 0;
        if (view.isDestroyed) return;
        const range = visibleRange(view);
        const current = viewportWindowKey.getState(view.state);
        if (!range || !current || windowHolds(current, range.top, range.bottom)) return;
        view.dispatch(view.state.tr.setMeta(viewportWindowKey, windowAround(range.top, range.bottom)));
      };
      const schedule = (event?: Event) => {
        if (frame !== 0) return;
        // Scroll events do not bubble, so this listens on the whole document and keeps those of scrollers around the article.
        if (event?.target instanceof Node && event.target !== document && !event.target.contains(view.dom)) return;
        // After the frame has rendered: sections scrolled into view are laid out only then, and
        // a position read inside one still skipped lands at its start, screens away.
        frame = requestAnimationFrame(() => setTimeout(measure, 0));
      };
      document.addEventListener('scroll', schedule, { capture: true, passive: true });
      window.addEventListener('resize', schedule, { passive: true });
      schedule();
      return {
        destroy: () => {
          cancelAnimationFrame(frame);
          document.removeEventListener('scroll', schedule, { capture: true });
          window.removeEventListener('resize', schedule);
        },
      };
    },
  });
}
