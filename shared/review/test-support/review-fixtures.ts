import type { Annotation, Creator, Tag } from '../../model/annotation';
import type { Block } from '../../model/article';
import { toPlainText } from '../../text/plain-text';

export const ANA: Creator = { id: 'ana', name: 'Ana López' };
export const BEN: Creator = { id: 'ben', name: 'Ben Okafor' };
export const CAT: Creator = { id: 'cat', name: 'Cat Reyes' };

/** A short story: a headline, a two-sentence paragraph, a heading and a three-sentence paragraph. */
export const STORY: Block[] = [
  { type: 'title', text: 'Ferry fares to rise in May' },
  { type: 'paragraph', text: 'The mayor said fares would double. The port denied it.' },
  { type: 'heading', text: 'What the figures show' },
  { type: 'paragraph', text: 'Fares rose 4% last year. The council confirmed the figure. Nobody else commented.' },
];
export const STORY_TEXT = toPlainText(STORY);

/** An annotation by `creator` tagging the first occurrence of `quote` in the story. */
export function tagQuote(creator: Creator, n: number, tag: Tag, quote: string, verdictLabel?: string): Annotation {
  const start = STORY_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the story`);
  return {
    schemaVersion: 1,
    id: `a${n}`,
    documentId: 'story',
    creator,
    created: '2026-02-01T09:00:00.000Z',
    modified: '2026-02-01T09:00:00.000Z',
    body: {
      tag,
      note: '',
      ...(verdictLabel
        ? {
            claim: {
              statement: quote,
              status: 'approved' as const,
              verdict: { scale: 'five-point', label: verdictLabel, justification: '', decided: '2026-02-01T09:00:00.000Z' },
            },
          }
        : {}),
    },
    target: {
      source: 'story',
      selector: {
        quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + quote.length },
      },
    },
  };
}
