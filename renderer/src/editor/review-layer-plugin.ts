import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Tag } from '../../../shared/model/annotation';
import type { ReviewState } from '../../../shared/review/review-state';
import { TAG_LETTERS } from '../labels/tag-labels';
import { REVIEW_STATE_GLYPHS, reviewStateLabel } from '../labels/review-state-labels';
import { badgePosition } from './highlight-badge';
import { nearViewport } from './viewport-window';

/** One colleague annotation painted in review mode, in document positions [from, to). */
export interface ReviewMark {
  /** Unique across layers: analyst id and annotation id. */
  key: string;
  annotationId: string;
  analystId: string;
  analystName: string;
  initials: string;
  colour: string;
  tag: Tag;
  state: ReviewState;
  from: number;
  to: number;
}

/** Key of the review-layer plugin; send `{ marks }` with `tr.setMeta(reviewLayerKey, …)` to repaint. */
export const reviewLayerKey = new PluginKey<DecorationSet>('review-layers');

function badge(mark: ReviewMark): HTMLElement {
  const element = document.createElement('span');
  element.className = `rv-badge rv-badge-${mark.state}`;
  element.style.setProperty('--rv-analyst', mark.colour);
  // Who, in their colour; then the tag as the reader's own badge shows it; then the state: the
  // analyst's initials never sit beside a tag letter in the same style ("C C≠").
  const who = element.appendChild(document.createElement('span'));
  who.className = 'rv-badge-who';
  who.textContent = mark.initials;
  const tag = element.appendChild(document.createElement('span'));
  tag.className = `hl-badge hl-badge-${mark.tag} rv-badge-tag`;
  tag.textContent = TAG_LETTERS[mark.tag];
  element.append(REVIEW_STATE_GLYPHS[mark.state]);
  element.setAttribute('data-testid', 'review-badge');
  element.setAttribute('data-analyst', mark.analystId);
  element.setAttribute('data-annotation-id', mark.annotationId);
  element.setAttribute('data-state', mark.state);
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', `${mark.analystName}: ${mark.tag}, ${reviewStateLabel(mark.state)}`);
  return element;
}

function decorate(mark: ReviewMark, doc: Node): Decoration[] {
  return [
    // Its own element (nodeName), so a colleague's colour never merges into the reviewer's
    // highlight span or another colleague's: each layer keeps its stripe where they overlap.
    Decoration.inline(
      mark.from,
      mark.to,
      { nodeName: 'span', class: `rv rv-${mark.state}`, style: `--rv-analyst: ${mark.colour}` },
      { key: mark.key },
    ),
    // After the reviewer's own badges (negative sides), so their own layer reads first.
    Decoration.widget(badgePosition(doc, mark.from), () => badge(mark), {
      key: `rv-${mark.key}-${mark.state}`,
      side: 1,
      ignoreSelection: true,
    }),
  ];
}

/**
 * Colleagues' layers as decorations, apart from the reviewer's own highlights (highlight-plugin)
 * so review mode can be switched on and off without touching them. The whole set is replaced on
 * each change: colleague layers change rarely (a file changed on disk, a decision), unlike the
 * reviewer's own highlights, which are updated one by one.
 */
export function reviewLayerPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: reviewLayerKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set, _old, state) => {
        const meta = tr.getMeta(reviewLayerKey) as { marks: readonly ReviewMark[] } | undefined;
        if (meta)
          return DecorationSet.create(
            state.doc,
            meta.marks.flatMap((mark) => decorate(mark, state.doc)),
          );
        return set.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => {
        const set = reviewLayerKey.getState(state);
        return set && nearViewport(state, set);
      },
    },
  });
}
