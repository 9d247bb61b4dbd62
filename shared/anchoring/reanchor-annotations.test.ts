import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from './describe';
import type { Annotation } from '../model/annotation';
import { reanchorAnnotations } from './reanchor-annotations';

const original = 'The mayor said the bridge would reopen in May. Engineers said it needs another year of work.';

function annotationOn(text: string, quote: string, id: string): Annotation {
  const start = text.indexOf(quote);
  return {
    schemaVersion: 1,
    id,
    documentId: 'd',
    creator: { id: 'ana', name: 'Ana' },
    created: '2026-11-27T10:00:00.000Z',
    modified: '2026-11-27T10:00:00.000Z',
    body: { tag: 'claim', note: '' },
    target: { source: 'd', selector: describeSpan(text, start, start + quote.length) },
  };
}

describe('reanchorAnnotations', () => {
  const claim = annotationOn(original, 'The mayor said the bridge would reopen in May.', 'a1');
  const evidence = annotationOn(original, 'Engineers said it needs another year of work.', 'a2');

  it('leaves annotations alone when the text has not changed', () => {
    expect(reanchorAnnotations(original, [claim, evidence])).toEqual({ anchored: [claim, evidence], moved: [], unresolved: [] });
  });

  it('moves annotations with the text and re-describes them, keeping their modified time', () => {
    const edited = `Update: corrected on Friday. ${original}`;
    const { anchored, moved } = reanchorAnnotations(edited, [claim]);
    const { start, end } = anchored[0]!.target.selector.position;
    expect(edited.slice(start, end)).toBe('The mayor said the bridge would reopen in May.');
    expect(moved).toEqual(['a1']);
    expect(anchored[0]!.modified).toBe(claim.modified);
  });

  it('keeps an annotation whose sentence was rewritten, for the analyst to settle', () => {
    const rewritten = 'The mayor announced a festival. Engineers said it needs another year of work.';
    const { anchored, unresolved } = reanchorAnnotations(rewritten, [claim, evidence]);
    expect(anchored.map((a) => a.id)).toEqual(['a2']);
    expect(unresolved).toEqual([expect.objectContaining({ annotation: claim, status: 'orphan' })]);
  });
});
