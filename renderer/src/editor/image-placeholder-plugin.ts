import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { ImagePlaceholder } from '../../../shared/model/article';

/** Key of the image-placeholder plugin (its state is the fixed set of placeholders). */
export const imagePlaceholderKey = new PluginKey<DecorationSet>('image-placeholders');

/** A placeholder's place in the doc: the position, and whether it is at a block's start, end or inside its text. */
export interface PlacedImage {
  pos: number;
  at: 'start' | 'inside' | 'end';
  alt: string;
}

/**
 * Where each image goes in a reader doc: `block` counts the doc's text blocks (one per article
 * block), `offset` is in that block's text; an image after the last block goes at the end of it.
 * Images outside the doc are left out.
 */
export function placeImages(doc: Node, images: readonly ImagePlaceholder[]): PlacedImage[] {
  const blocks: Array<{ start: number; size: number }> = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push({ start: pos + 1, size: node.content.size });
    return false;
  });
  const placed: PlacedImage[] = [];
  for (const image of images) {
    const afterLast = image.block === blocks.length && blocks.length > 0;
    const block = blocks[afterLast ? blocks.length - 1 : image.block];
    if (!block) continue;
    const offset = afterLast ? block.size : Math.min(image.offset, block.size);
    const at = offset === 0 ? 'start' : offset === block.size ? 'end' : 'inside';
    placed.push({ pos: block.start + offset, at, alt: image.alt });
  }
  return placed;
}

function createPlaceholder(image: PlacedImage): HTMLElement {
  const element = document.createElement('span');
  element.className = image.at === 'inside' ? 'pm-image-placeholder' : 'pm-image-placeholder pm-image-placeholder-alone';
  // Text only: the alt text came from the imported file and is never markup, and nothing is loaded.
  element.textContent = image.alt ? `[image: ${image.alt}]` : '[image]';
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', image.alt ? `Image: ${image.alt}` : 'Image without a description');
  element.setAttribute('data-testid', 'image-placeholder');
  element.contentEditable = 'false';
  return element;
}

/**
 * Shows where the article's images stood, as framed "[image: alt]" widgets. They are
 * decorations, not document content, so they add no characters: the doc's text, its sentences
 * and every offset stay those of the article's plain text. An image at the start of a block
 * stands before its text (side -1), any other after the text to its left (side 1).
 */
export function imagePlaceholderPlugin(images: readonly ImagePlaceholder[]): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: imagePlaceholderKey,
    state: {
      init: (_config, state) =>
        DecorationSet.create(
          state.doc,
          placeImages(state.doc, images).map((image, i) =>
            Decoration.widget(image.pos, () => createPlaceholder(image), {
              key: `image-${i}`,
              side: image.at === 'start' ? -1 : 1,
              ignoreSelection: true,
            }),
          ),
        ),
      apply: (tr, set) => set.map(tr.mapping, tr.doc),
    },
    props: {
      decorations: (state) => imagePlaceholderKey.getState(state),
    },
  });
}
