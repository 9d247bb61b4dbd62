import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../../shared/anchoring';
import type { Annotation } from '../../../shared/model/annotation';
import { openAnnotations } from './open-annotations';

const original = 'The minister spoke at noon. He denied the report. The report was published on Monday.';

function stored(id: string, quote: string, text = original, note = ''): Annotation {
  const start = text.indexOf(quote);
  return {
    schemaVersion: 1,
    id,
    documentId: 'doc',
    creator: { id: 'ana', name: 'Ana' },
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    body: { tag: 'claim', note },
    target: { source: 'doc', selector: describeSpan(text, start, start + quote.length) },
  };
}

describe('openAnnotations', () => {
  it('paints annotations found where they were stored, unchanged', () => {
    const a = stored('a', 'He denied the report.');
    expect(openAnnotations(original, [a])).toEqual({ painted: [a], attention: [], repaired: [] });
  });

  it('re-describes an annotation whose text moved and queues it for saving', () => {
    const a = stored('a', 'He denied the report.', original, 'keep me');
    const edited = `Breaking: ${original}`;
    const { painted, repaired } = openAnnotations(edited, [a]);
    expect(repaired).toEqual(['a']);
    expect(painted[0]?.target.selector.position.start).toBe(edited.indexOf('He denied'));
    expect(painted[0]?.body.note).toBe('keep me');
    expect(painted[0]?.modified).toBe(a.modified);
  });

  it('lists an annotation whose text is gone as needing attention, untouched', () => {
    const a = stored('a', 'He denied the report.');
    const { painted, attention } = openAnnotations('Something else entirely, with no trace of the quote at all.', [a]);
    expect(painted).toEqual([]);
    expect(attention).toMatchObject([{ status: 'orphan', annotation: a }]);
  });
});
