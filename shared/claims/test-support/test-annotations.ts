import type { Annotation, Tag } from '../../model/annotation';

/** A valid annotation at `start` for tests: `body` extras (claim, links, sources) merged in. */
export function testAnnotation(id: string, tag: Tag, start: number, body: Partial<Annotation['body']> = {}): Annotation {
  const at = '2026-11-27T10:00:00.000Z';
  return {
    schemaVersion: 1,
    id,
    documentId: 'doc',
    creator: { id: 'a', name: 'A' },
    created: at,
    modified: at,
    body: { tag, note: '', ...body },
    target: {
      source: 'doc',
      selector: {
        quote: { type: 'TextQuoteSelector', exact: `sentence ${id}`, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + 10 },
      },
    },
  };
}
