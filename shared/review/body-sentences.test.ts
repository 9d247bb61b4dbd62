import { describe, expect, it } from 'vitest';
import { bodySentences } from './body-sentences';
import { STORY, STORY_TEXT } from './test-support/review-fixtures';

describe('bodySentences', () => {
  it('numbers the body sentences and leaves out the headline and headings', () => {
    const texts = bodySentences(STORY).map((s) => STORY_TEXT.slice(s.start, s.end));
    expect(texts).toEqual([
      'The mayor said fares would double.',
      'The port denied it.',
      'Fares rose 4% last year.',
      'The council confirmed the figure.',
      'Nobody else commented.',
    ]);
    expect(bodySentences(STORY).map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });
});
