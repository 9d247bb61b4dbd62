import { describe as describeSpan } from '../../anchoring';
import type { Annotation } from '../../model/annotation';

/** An annotation of `analystId` on the first occurrence of `quote` in `text`. */
export function annotationOn(text: string, quote: string, id: string, analystId = 'ana'): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return {
    schemaVersion: 1,
    id,
    documentId: 'doc',
    creator: { id: analystId, name: analystId },
    created: '2026-11-27T10:00:00.000Z',
    modified: '2026-11-27T10:00:00.000Z',
    body: { tag: 'claim', note: '' },
    target: { source: 'doc', selector: describeSpan(text, start, start + quote.length) },
  };
}
