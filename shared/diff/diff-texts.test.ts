import { describe, expect, it } from 'vitest';
import { diffTexts, type TextDiff } from './diff-texts';

const OLD = [
  'Council approves river barrier',
  'The council voted 7 to 2 on Tuesday to build the barrier. It will cost £12 million. Work starts in May.',
  'Residents welcomed the decision. Some questioned the price.',
].join('\n\n');

/** What the newer version says: deleted text dropped. */
const newerOf = (diff: TextDiff) =>
  diff.segments
    .filter((s) => s.kind !== 'delete')
    .map((s) => s.text)
    .join('');
const changed = (diff: TextDiff, kind: 'insert' | 'delete') => diff.segments.filter((s) => s.kind === kind).map((s) => s.text.trim());

describe('diffTexts', () => {
  it('finds nothing between identical texts', () => {
    const diff = diffTexts(OLD, OLD);
    expect(diff.changes).toEqual([]);
    expect(diff.segments).toEqual([{ kind: 'equal', text: OLD }]);
    expect(diff.sentences).toEqual({ edited: 0, inserted: 0, deleted: 0 });
  });

  it('marks the words changed inside an edited sentence, not the whole sentence', () => {
    const diff = diffTexts(OLD, OLD.replace('£12 million', '£19 million'));
    expect(changed(diff, 'delete')).toEqual(['12']);
    expect(changed(diff, 'insert')).toEqual(['19']);
    expect(diff.sentences).toEqual({ edited: 1, inserted: 0, deleted: 0 });
  });

  it('keeps numbers whole, so a changed figure reads as one replacement', () => {
    const diff = diffTexts('Turnout was 1,200 people.', 'Turnout was 1,260 people.');
    expect(changed(diff, 'delete')).toEqual(['1,200']);
    expect(changed(diff, 'insert')).toEqual(['1,260']);
  });

  it('shows a deleted sentence and an added paragraph as whole sentences', () => {
    const after = OLD.replace(' Work starts in May.', '') + '\n\nThe mayor declined to comment. A review is due in June.';
    const diff = diffTexts(OLD, after);
    expect(changed(diff, 'delete')).toEqual(['Work starts in May.']);
    expect(changed(diff, 'insert')).toEqual(['The mayor declined to comment. A review is due in June.']);
    expect(diff.sentences).toEqual({ edited: 0, inserted: 2, deleted: 1 });
    expect(diff.changes).toHaveLength(2);
    expect(newerOf(diff)).toBe(after);
  });

  it('counts one sentence edited, one deleted and one paragraph added as three separate changes', () => {
    const after = OLD.replace('7 to 2', '6 to 3').replace('Residents welcomed the decision. ', '') + '\n\nA second vote is planned.';
    const diff = diffTexts(OLD, after);
    expect(diff.sentences).toEqual({ edited: 1, inserted: 1, deleted: 1 });
    expect(diff.changes).toHaveLength(3);
    for (const change of diff.changes) expect(diff.segments[change.firstSegment]?.kind).not.toBe('equal');
    expect(newerOf(diff)).toBe(after);
  });

  it('tells a rewritten sentence from an edited one', () => {
    const diff = diffTexts('The bridge opened in 1998. It carries trams.', 'The bridge opened in 1998. Nobody expected the storm.');
    expect(diff.sentences).toEqual({ edited: 0, inserted: 1, deleted: 1 });
  });

  it('aligns on unchanged sentences when a paragraph moves', () => {
    const a = 'First one here. Second one here.\n\nThird is here. Fourth is here.';
    const b = 'Third is here. Fourth is here.\n\nFirst one here. Second one here.';
    const diff = diffTexts(a, b);
    expect(newerOf(diff)).toBe(b);
    expect(diff.sentences.edited).toBe(0);
  });

  // Its speed (under a second) is a timing guard in `npm run bench`, not asserted here.
  it('compares a megabyte of text, finding every edited sentence', () => {
    const paragraphs = Array.from(
      { length: 4000 },
      (_, i) => `Paragraph ${i} reports that ${i * 7} people attended. The count was checked on day ${i % 31}.`,
    );
    const before = paragraphs.join('\n\n').repeat(3);
    const edited = paragraphs.map((p, i) => (i % 500 === 0 ? p.replace('attended', 'came') : p));
    const after = edited.join('\n\n').repeat(3);
    expect(before.length).toBeGreaterThan(900_000);
    const diff = diffTexts(before, after);
    expect(diff.sentences.edited).toBe(24);
    expect(newerOf(diff)).toBe(after);
  });
});
