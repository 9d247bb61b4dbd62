import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { findHits, firstHitFrom } from './find-hits';
import { FoldedText, foldQuery } from './folded-text';

const TEXT = 'The reserves were full. The generator failed at dawn. Reserves ran out by noon.';

function annotation(id: string, start: number, end: number, body: Partial<Annotation['body']>): Annotation {
  return {
    id,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    creator: { id: 'tess', name: 'Tess' },
    body: { tag: 'claim', note: '', ...body },
    target: { source: 'doc', selector: { quote: { exact: TEXT.slice(start, end), prefix: '', suffix: '' }, position: { start, end } } },
  } as Annotation;
}

const generator = TEXT.indexOf('The generator');
const annotations = [
  annotation('note-on-generator', generator, generator + 30, { tag: 'evidence', note: 'Logs show the reserves were low.' }),
  annotation('claim-first', 0, 23, {
    claim: {
      statement: 'Fuel reserves were full before the blackout',
      status: 'in-progress',
      claimant: { name: 'Port Authority', kind: 'organisation' },
    },
  } as Partial<Annotation['body']>),
];

function hits(query: string) {
  return findHits(new FoldedText(TEXT), annotations, foldQuery(query));
}

describe('findHits', () => {
  it('lists hits in the text and in notes and claim records in reading order', () => {
    const found = hits('reserves');
    expect(found.map((h) => [h.place, h.range.start])).toEqual([
      ['claim', 0],
      ['text', 4],
      ['note', generator],
      ['text', TEXT.indexOf('Reserves ran')],
    ]);
  });

  it('tells a note hit by its annotation and where the field matched', () => {
    const note = hits('LOW').find((h) => h.place === 'note');
    expect(note).toMatchObject({ annotationId: 'note-on-generator', field: 'Logs show the reserves were low.' });
    expect(note?.place === 'note' && note.field.slice(note.match.start, note.match.end)).toBe('low');
  });

  it('finds a claimant named only in the record', () => {
    expect(hits('port authority').map((h) => h.place)).toEqual(['claim']);
  });

  it('starts from the first hit at or after the selection, wrapping to the first', () => {
    const found = hits('reserves');
    expect(firstHitFrom(found, generator)).toBe(2);
    expect(firstHitFrom(found, TEXT.length)).toBe(0);
    expect(firstHitFrom([], 0)).toBe(-1);
  });
});
