import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** The custom property reader.css divides each block's length by to reserve its lines while it is off screen. */
export const CHARS_PER_LINE_PROPERTY = '--chars-per-line';

/** Characters of the article sampled for their average width: enough to mix narrow and wide letters. */
const SAMPLE = 2_000;

/** Lines break at spaces, so a line holds a little less than the width over the average character. */
const FILL = 0.95;

let canvas: HTMLCanvasElement | undefined;

/** About how many characters of the article's text fit on one line of `view`; null where nothing is laid out. */
export function charsPerLine(view: EditorView): number | null {
  const width = view.dom.clientWidth;
  const block = view.dom.querySelector('.pm-paragraph') ?? view.dom.querySelector('.pm-section > *');
  if (width === 0 || !block) return null;
  const context = (canvas ??= document.createElement('canvas')).getContext('2d');
  const { doc } = view.state;
  const sample = doc.textBetween(0, Math.min(doc.content.size, SAMPLE), ' ');
  if (!context || sample.length === 0) return null;
  context.font = getComputedStyle(block).font;
  const average = context.measureText(sample).width / sample.length;
  return average > 0 ? Math.max(1, Math.floor((FILL * width) / average)) : null;
}

/**
 * Tells reader.css how many characters fit on a line of the article, on `--chars-per-line`,
 * and again whenever the article's width changes (window, reading width or text size), so a
 * block not yet laid out reserves about the height it will take and the scrollbar stays
 * truthful before the analyst has scrolled there.
 */
export function lineEstimatePlugin(): Plugin {
  return new Plugin({
    view: (view) => {
      let width = -1;
      const measure = () => {
        if (view.dom.clientWidth === width) return;
        width = view.dom.clientWidth;
        const chars = charsPerLine(view);
        if (chars !== null) view.dom.style.setProperty(CHARS_PER_LINE_PROPERTY, String(chars));
      };
      // The observer's first report comes after the first layout, so opening lays out once before it.
      const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
      observer?.observe(view.dom);
      return { destroy: () => observer?.disconnect() };
    },
  });
}
