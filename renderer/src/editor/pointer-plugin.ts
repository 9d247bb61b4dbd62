import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { SAFE_HREF } from './schema';

/** Pixels the pointer must travel before a press becomes a drag. */
const DRAG_THRESHOLD = 4;

/** Height of the band at the scroller's top and bottom where a drag scrolls the article. */
const EDGE_ZONE = 40;

/** A pointer gesture over the article, in document positions. */
export interface PointerGesture {
  /** A press without movement, or a drag (reported as it moves, then once more at release). */
  kind: 'click' | 'drag';
  from: number;
  to: number;
  shift: boolean;
  /** Alt held: keep the exact characters instead of whole sentences. */
  alt: boolean;
  /** False while a drag is still moving. */
  done: boolean;
}

function posAt(view: EditorView, event: MouseEvent): number | null {
  return view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null;
}

function linkIn(event: Event): HTMLAnchorElement | null {
  return event.target instanceof Element ? event.target.closest('a.pm-link') : null;
}

/**
 * Turns presses, drags and releases on the article into `PointerGesture`s, and keeps links
 * from navigating: Ctrl/Cmd+click opens a safe link outside the app (main routes window.open to
 * the system browser), any other click on a link selects like ordinary text.
 */
export function pointerPlugin(onGesture: (gesture: PointerGesture) => void): Plugin {
  return new Plugin({
    props: {
      handleDOMEvents: {
        mousedown: (view, event) => {
          if (event.button !== 0) return false;
          const from = posAt(view, event);
          if (from === null) return false;
          // The browser's own selection would fight the app's sentence selection.
          event.preventDefault();
          view.dom.focus({ preventScroll: true });
          if (linkIn(event) && (event.ctrlKey || event.metaKey)) return true;
          trackDrag(view, event, from, onGesture);
          return true;
        },
        click: (_view, event) => {
          const link = linkIn(event);
          if (!link) return false;
          event.preventDefault();
          const href = link.getAttribute('href') ?? '';
          if ((event.ctrlKey || event.metaKey) && SAFE_HREF.test(href)) window.open(href, '_blank', 'noopener,noreferrer');
          return true;
        },
        auxclick: (_view, event) => {
          if (linkIn(event)) event.preventDefault();
          return true;
        },
        dragstart: (_view, event) => {
          event.preventDefault();
          return true;
        },
      },
    },
  });
}

/** Pixels per frame to scroll when the pointer is `overshoot` px into the edge zone. */
function edgeSpeed(overshoot: number): number {
  return Math.min(40, Math.round(overshoot / 2));
}

/**
 * Follows one press until release. While dragging, the scroll container scrolls when the
 * pointer nears its top or bottom edge, so a selection can run past the screen.
 */
function trackDrag(view: EditorView, down: MouseEvent, from: number, onGesture: (g: PointerGesture) => void): void {
  const scroller = view.dom.closest('[data-scroll-container]');
  let dragging = false;
  let frame = 0;
  let last: MouseEvent = down;
  // Off the article (above the window, say) the drag keeps its last end instead of collapsing.
  let lastTo = from;
  const report = (event: MouseEvent, done: boolean) => {
    const to = posAt(view, event) ?? lastTo;
    lastTo = to;
    onGesture({ kind: dragging ? 'drag' : 'click', from, to, shift: down.shiftKey, alt: event.altKey, done });
  };
  const speed = () => {
    if (!scroller) return 0;
    const box = scroller.getBoundingClientRect();
    if (last.clientY < box.top + EDGE_ZONE) return -edgeSpeed(box.top + EDGE_ZONE - last.clientY);
    if (last.clientY > box.bottom - EDGE_ZONE) return edgeSpeed(last.clientY - (box.bottom - EDGE_ZONE));
    return 0;
  };
  // One hit test per frame is enough; the loop keeps running while the pointer sits at an edge.
  const tick = () => {
    frame = 0;
    const step = speed();
    if (step !== 0 && scroller) scroller.scrollTop += step;
    report(last, false);
    if (step !== 0) frame = requestAnimationFrame(tick);
  };
  const move = (event: MouseEvent) => {
    last = event;
    if (!dragging && Math.hypot(event.clientX - down.clientX, event.clientY - down.clientY) < DRAG_THRESHOLD) return;
    dragging = true;
    if (!frame) frame = requestAnimationFrame(tick);
  };
  const up = (event: MouseEvent) => {
    window.removeEventListener('mousemove', move);
    window.removeEventListener('mouseup', up);
    if (frame) cancelAnimationFrame(frame);
    report(event, true);
  };
  window.addEventListener('mousemove', move);
  window.addEventListener('mouseup', up);
}
