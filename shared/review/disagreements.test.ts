import { describe, expect, it } from 'vitest';
import { FIVE_POINT } from '../verdict/preset-scales';
import { bodySentences } from './body-sentences';
import { buildLabelTable, describeDisagreement, findDisagreements } from './disagreements';
import { ANA, BEN, CAT, STORY, STORY_TEXT, tagQuote } from './test-support/review-fixtures';

const sentences = bodySentences(STORY);
const textOf = (i: number) => STORY_TEXT.slice(sentences[i]!.start, sentences[i]!.end);

describe('findDisagreements', () => {
  it('lists sentences with different tags, tagged by only one analyst, or with verdicts in different groups', () => {
    const table = buildLabelTable(
      sentences,
      [
        {
          analyst: ANA,
          annotations: [
            tagQuote(ANA, 1, 'claim', 'The mayor said fares would double.', 'False'),
            tagQuote(ANA, 2, 'denial', 'The port denied it.'),
            tagQuote(ANA, 3, 'evidence', 'Fares rose 4% last year.'),
          ],
        },
        {
          analyst: BEN,
          annotations: [
            tagQuote(BEN, 1, 'claim', 'The mayor said fares would double.', 'Mostly true'),
            tagQuote(BEN, 2, 'claim', 'The port denied it.'),
            tagQuote(BEN, 3, 'evidence', 'Fares rose 4% last year.'),
            tagQuote(BEN, 4, 'evidence', 'The council confirmed the figure.'),
          ],
        },
      ],
      [FIVE_POINT],
    );
    const found = findDisagreements(sentences, table).map((d) => [textOf(d.sentence.index), d.kinds]);
    expect(found).toEqual([
      ['The mayor said fares would double.', ['different-verdict']],
      ['The port denied it.', ['different-tag']],
      ['The council confirmed the figure.', ['only-one']],
    ]);
  });

  it('treats verdicts in the same group on different labels as agreement', () => {
    const table = buildLabelTable(
      sentences,
      [
        { analyst: ANA, annotations: [tagQuote(ANA, 1, 'claim', 'The mayor said fares would double.', 'False')] },
        { analyst: BEN, annotations: [tagQuote(BEN, 1, 'claim', 'The mayor said fares would double.', 'Mostly false')] },
      ],
      [FIVE_POINT],
    );
    expect(findDisagreements(sentences, table)).toEqual([]);
  });

  it('says when several but not all analysts tagged a sentence', () => {
    const table = buildLabelTable(
      sentences,
      [
        { analyst: ANA, annotations: [tagQuote(ANA, 1, 'claim', 'The port denied it.')] },
        { analyst: BEN, annotations: [tagQuote(BEN, 1, 'claim', 'The port denied it.')] },
        { analyst: CAT, annotations: [] },
      ],
      [],
    );
    const [only] = findDisagreements(sentences, table);
    expect(only?.kinds).toEqual(['only-some']);
    expect(describeDisagreement(only!.kinds)).toBe('not tagged by everyone');
  });

  it('counts a highlight spanning two sentences on both', () => {
    const table = buildLabelTable(
      sentences,
      [
        { analyst: ANA, annotations: [tagQuote(ANA, 1, 'evidence', 'last year. The council')] },
        { analyst: BEN, annotations: [] },
      ],
      [],
    );
    expect(findDisagreements(sentences, table).map((d) => d.sentence.index)).toEqual([2, 3]);
  });

  it('finds nothing to compare with one analyst', () => {
    const table = buildLabelTable(sentences, [{ analyst: ANA, annotations: [tagQuote(ANA, 1, 'claim', 'The port denied it.')] }], []);
    expect(findDisagreements(sentences, table)).toEqual([]);
  });
});
