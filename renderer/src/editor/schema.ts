import { Schema, type DOMOutputSpec, type NodeSpec } from 'prosemirror-model';
import { showInvisibleControls } from '../../../shared/text/invisible-controls';
import { textDirection } from '../../../shared/text/text-direction';

/** Link schemes the reader keeps; anything else is rendered as plain text. */
export const SAFE_HREF = /^(https?:|mailto:)/i;

function textBlock(tag: string, className: string): NodeSpec {
  return {
    group: 'block',
    content: 'text*',
    marks: 'link',
    // Each block reads in its own text's direction, so an Arabic quote in an English article (or
    // the reverse) runs the right way; a block with no letters follows the article around it.
    toDOM: (node): DOMOutputSpec => {
      const dir = textDirection(node.textContent);
      return [tag, dir ? { class: className, dir } : { class: className }, 0];
    },
    parseDOM: [{ tag }],
  };
}

/**
 * The reader's schema: doc → section+ → blocks of text. Sections only group ~50 blocks so a
 * view update or a decoration change touches one small subtree instead of thousands of siblings.
 * Block node names follow the article model (`list-item` becomes `list_item`).
 */
export const readerSchema = new Schema({
  nodes: {
    doc: { content: 'section+' },
    section: {
      content: 'block+',
      // Its length and block count let reader.css reserve about its height while it is off screen.
      toDOM: (node) => [
        'section',
        { class: 'pm-section', 'data-chars': String(node.content.size), 'data-blocks': String(node.childCount) },
        0,
      ],
      parseDOM: [{ tag: 'section' }],
    },
    title: textBlock('h1', 'pm-title'),
    heading: textBlock('h2', 'pm-heading'),
    paragraph: textBlock('p', 'pm-paragraph'),
    caption: textBlock('p', 'pm-caption'),
    blockquote: textBlock('blockquote', 'pm-blockquote'),
    list_item: textBlock('div', 'pm-list-item'),
    text: { group: 'inline' },
  },
  marks: {
    link: {
      attrs: { href: {} },
      // A link never grows: the text is read-only, and a non-inclusive mark cannot leak onto
      // neighbouring text if a transaction ever slipped through.
      inclusive: false,
      toDOM: (mark): DOMOutputSpec => {
        const href = String(mark.attrs['href']);
        return [
          'a',
          { href, title: `${showInvisibleControls(href)} (Ctrl+click to open)`, rel: 'noopener noreferrer', class: 'pm-link' },
          0,
        ];
      },
      parseDOM: [
        {
          tag: 'a[href]',
          getAttrs: (dom) => {
            const href = dom.getAttribute('href') ?? '';
            return SAFE_HREF.test(href) ? { href } : false;
          },
        },
      ],
    },
  },
});
