// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { buildDoc } from './build-doc';
import { highlightKey, highlightPlugin, highlightsAt, type Highlight } from './highlight-plugin';
import { FIRST_WINDOW, isFling, viewportWindowKey, viewportWindowPlugin, windowAround, windowHolds } from './viewport-window';

// 80 paragraphs of 1,000 characters: four times the first window.
const paragraph = 'Word '.repeat(200);
const doc = buildDoc(Array.from({ length: 80 }, () => ({ type: 'paragraph' as const, text: paragraph })));
const near: Highlight = { id: 'near', tag: 'claim', from: 3, to: 20 };
const far: Highlight = { id: 'far', tag: 'evidence', from: 70_003, to: 70_020 };

const views: EditorView[] = [];
afterEach(() => views.splice(0).forEach((v) => v.destroy()));

function mount(highlights: readonly Highlight[]): EditorView {
  const state = EditorState.create({ doc, plugins: [viewportWindowPlugin(), highlightPlugin(highlights)] });
  const view = new EditorView(document.body.appendChild(document.createElement('div')), { state, editable: () => false });
  views.push(view);
  return view;
}
const badges = (view: EditorView) =>
  [...view.dom.querySelectorAll('[data-testid="highlight-badge"]')].map((b) => b.getAttribute('data-annotation-id'));
const marks = (view: EditorView) => [...view.dom.querySelectorAll('mark.hl')].map((m) => m.getAttribute('aria-description'));

describe('viewport window', () => {
  it('draws the highlights near the top of a long article when it opens, and not those further on', () => {
    const view = mount([near, far]);
    expect(doc.content.size).toBeGreaterThan(3 * FIRST_WINDOW);
    expect(badges(view)).toEqual(['near']);
    expect(marks(view)).toEqual(['Claim C1']);
  });

  it('draws a far highlight, badge and description included, once the window reaches it, and lets the top go', () => {
    const view = mount([near, far]);
    view.dispatch(view.state.tr.setMeta(viewportWindowKey, windowAround(69_000, 72_000)));
    expect(badges(view)).toEqual(['far']);
    expect(marks(view)).toEqual(['Evidence']);
  });

  it('keeps every highlight in the plugin state, so clicks and lookups find those not drawn', () => {
    const view = mount([near, far]);
    expect(highlightsAt(view.state, 70_010).map((h) => h.id)).toEqual(['far']);
    expect(highlightKey.getState(view.state)!.decorations.find().length).toBe(4);
  });

  it('draws a highlight tagged inside the window at once', () => {
    const view = mount([near]);
    const added: Highlight = { id: 'new', tag: 'denial', from: 1_003, to: 1_020 };
    view.dispatch(view.state.tr.setMeta(highlightKey, { type: 'add', highlights: [added] }));
    expect(badges(view).sort()).toEqual(['near', 'new']);
  });

  it('moves only once the viewport comes within half a screen of its edge, to a screen and a half around it', () => {
    const window = windowAround(10_000, 13_000);
    expect(window).toEqual({ from: 5_500, to: 17_500 });
    expect(windowHolds(window, 11_000, 14_000)).toBe(true);
    expect(windowHolds(window, 15_000, 18_000)).toBe(false);
    expect(windowHolds(window, 7_000, 10_000)).toBe(true);
    expect(windowHolds(window, 6_000, 9_000)).toBe(false);
    expect(windowAround(100, 3_100).from).toBe(0);
  });

  it('counts a fling’s pace: over half a screen since a measure a frame ago, not a reading pace or a jump after a pause', () => {
    const shown = { top: 10_000, bottom: 13_000 };
    expect(isFling(shown, 13_000, 16_000, 16)).toBe(true);
    expect(isFling(shown, 8_000, 11_000, 16)).toBe(true);
    expect(isFling(shown, 11_000, 14_000, 16)).toBe(false);
    expect(isFling(shown, 400_000, 403_000, 2_000)).toBe(false);
    // A screen of short headings still counts as MIN_SCREEN positions.
    expect(isFling({ top: 0, bottom: 500 }, 900, 1_400, 16)).toBe(false);
  });

  it('follows a jump at once, and a fling only once it rests', async () => {
    // A laid-out article, as jsdom has none: each paragraph 100 px tall, a 300 px viewport, the
    // article scrolled by `scrolled` px.
    let scrolled = 0;
    const container = document.body.appendChild(document.createElement('div'));
    container.setAttribute('data-scroll-container', '');
    const state = EditorState.create({ doc, plugins: [viewportWindowPlugin()] });
    const view = new EditorView(container, { state, editable: () => false });
    views.push(view);
    const blocks = [...view.dom.querySelectorAll('.pm-section > *')];
    const box = (top: number, bottom: number) => ({ top: top - scrolled, bottom: bottom - scrolled }) as DOMRect;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      if (this === container) return { top: 0, bottom: 300 } as DOMRect;
      const at = blocks.indexOf(this);
      if (at >= 0) return box(at * 100, at * 100 + 100);
      const inside = blocks.filter((block) => block.parentElement === this).map((block) => blocks.indexOf(block));
      return box(Math.min(...inside) * 100, Math.max(...inside) * 100 + 100);
    });
    // The plugin's clock moves a frame per scroll and as far as each pause, however slow the
    // machine; `measured` waits for the measure the plugin queued for the frame (rAF, then a task).
    let clock = 0;
    const measured = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const scrollTo = async (px: number) => {
      clock += 16;
      scrolled = px;
      container.dispatchEvent(new Event('scroll'));
      await measured();
    };
    const windowStart = () => viewportWindowKey.getState(view.state)!.from;
    const blockStart = (index: number) => view.posAtDOM(blocks[index]!, 0);

    const pause = (ms: number) => ((clock += ms), new Promise((resolve) => setTimeout(resolve, ms)));
    // The first measure, at the top; then the analyst reads a while.
    await measured();
    await pause(150);
    // A jump, then the correction that follows it as skipped sections take their height.
    await scrollTo(3_000);
    await scrollTo(3_600);
    expect(windowStart()).toBeGreaterThan(blockStart(27));

    for (let px = 3_900; px <= 6_000; px += 300) await scrollTo(px);
    expect(windowStart()).toBeLessThan(blockStart(50));
    await pause(300);
    expect(windowStart()).toBeGreaterThan(blockStart(50));
  });
});
