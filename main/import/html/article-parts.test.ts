import { describe, expect, it } from 'vitest';
import { assembleArticleParts } from './article-parts';

const STORY = 'The harbour board approved the dredging contract on Tuesday after a debate that ran for more than four hours.';

describe('assembleArticleParts', () => {
  it('turns the heading that repeats the headline into the title block, in place', () => {
    const parts = assembleArticleParts({
      headline: 'Dredging contract approved',
      blocks: [
        { type: 'heading', text: 'Dredging  contract approved' },
        { type: 'paragraph', text: STORY },
      ],
      images: [],
      declared: {},
    });
    expect(parts.blocks.map((block) => block.type)).toEqual(['title', 'paragraph']);
    expect(parts.dropped).toEqual([]);
  });

  it('puts the headline first when no heading repeats it, and lets declared metadata win', () => {
    const parts = assembleArticleParts({
      headline: 'Dredging contract approved',
      blocks: [
        { type: 'paragraph', text: 'By Lena Marsh' },
        { type: 'paragraph', text: STORY },
      ],
      images: [],
      declared: { byline: 'Lena Marsh and Omar Haddad', url: 'https://example.org/dredging' },
    });
    expect(parts.blocks.map((block) => block.text)).toEqual(['Dredging contract approved', STORY]);
    expect(parts.metadata).toEqual({
      title: 'Dredging contract approved',
      byline: 'Lena Marsh and Omar Haddad',
      url: 'https://example.org/dredging',
    });
    expect(parts.dropped.map((drop) => `${drop.line}: ${drop.rule}`)).toEqual(['1: metadata']);
  });

  it('moves image placeholders onto the kept blocks', () => {
    const parts = assembleArticleParts({
      headline: undefined,
      blocks: [
        { type: 'paragraph', text: STORY },
        { type: 'paragraph', text: 'Advertisement' },
        { type: 'paragraph', text: `${STORY} Again.` },
      ],
      images: [
        { alt: 'inside the story', block: 0, offset: 4 },
        { alt: 'inside the advert', block: 1, offset: 3 },
        { alt: 'before the advert', block: 1, offset: 0 },
        { alt: 'after everything', block: 3, offset: 0 },
      ],
      declared: {},
    });
    expect(parts.blocks).toHaveLength(2);
    expect(parts.images).toEqual([
      { alt: 'inside the story', block: 0, offset: 4 },
      { alt: 'before the advert', block: 1, offset: 0 },
      { alt: 'after everything', block: 2, offset: 0 },
    ]);
    expect(parts.metadata.title).toBe('The harbour board approved the dredging contract on Tuesday after a debate that…');
  });
});
