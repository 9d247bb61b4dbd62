import { describe, expect, it } from 'vitest';
import { continuesParagraph, estimateWrapWidth, groupParagraphs } from './group-paragraphs';

const WRAPPED = [
  'Grain ships left the port of Tarsk on Friday for the first time in three',
  'weeks after dock workers ended a blockade over unpaid wages. The port',
  'authority said six bulk carriers sailed on the morning tide.',
  '',
  'Traders said the backlog would take at least a fortnight to clear, and',
  'that freight rates had already begun to fall on the news from the coast.',
  'Short last line.',
];

describe('estimateWrapWidth', () => {
  it('finds the column of hard-wrapped text', () => {
    expect(estimateWrapWidth(WRAPPED)).toBe(72);
  });

  it('finds none in web copy with one long line per paragraph', () => {
    const web = [
      'Drivers crossing the Gannet Bridge will no longer pay a toll from July 1, Harlow County commissioners decided on Friday.',
      'Commissioners voted 4-1 to remove the $3 toll after the bridge’s construction bonds were paid off early this spring.',
      'Image',
      'Traffic queues at the toll plaza on the east side of the Gannet Bridge during the evening rush hour.',
    ];
    expect(estimateWrapWidth(web)).toBeUndefined();
  });

  it('finds none in a stack of short furniture lines', () => {
    expect(estimateWrapWidth(['Tags', 'End of Article', 'Latest News', 'Find us on YouTube', 'Subscribe'])).toBeUndefined();
  });
});

describe('continuesParagraph', () => {
  it('joins a filled line in wrapped text even after a full stop', () => {
    expect(continuesParagraph(WRAPPED[1]!, WRAPPED[2]!, 72)).toBe(true);
  });

  it('joins a line that stops mid-clause before a lower-case word without a wrap width', () => {
    expect(continuesParagraph('Grain ships left the port of Tarsk on Friday for', 'the first time in three weeks.', undefined)).toBe(true);
  });

  it('keeps apart a short subheading and the paragraph below it', () => {
    expect(continuesParagraph('Why the blockade ended', 'The union agreed to lift the blockade late on Thursday.', 72)).toBe(false);
    expect(continuesParagraph('Why the blockade ended', 'The union agreed to lift the blockade late on Thursday.', undefined)).toBe(false);
  });

  it('keeps apart web-copy paragraphs on consecutive lines', () => {
    expect(continuesParagraph('The report was published on Sunday.', 'The council said it would act.', undefined)).toBe(false);
  });
});

describe('groupParagraphs', () => {
  it('groups adjacent wrapped lines and splits at blank lines', () => {
    expect(groupParagraphs(WRAPPED, (i) => WRAPPED[i] !== '', 72)).toEqual([
      [0, 2],
      [4, 6],
    ]);
  });

  it('splits a paragraph around a line left out of the groups', () => {
    expect(groupParagraphs(WRAPPED, (i) => WRAPPED[i] !== '' && i !== 1, 72)).toEqual([
      [0, 0],
      [2, 2],
      [4, 6],
    ]);
  });
});
