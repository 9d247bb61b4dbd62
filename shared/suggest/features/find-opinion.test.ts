import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../nlp/analyse-sentence';
import { findOpinion } from './find-opinion';

const reasons = (text: string, figured = false) => findOpinion(analyseSentence(text), figured).map((c) => c.reason);

describe('findOpinion', () => {
  it('marks a reaction or judgement with nothing to check', () => {
    expect(reasons('"It\'s a disgrace, plain and simple," said Maureen Tolley.')).toEqual(["a view or reaction ('disgrace')"]);
    expect(reasons('Opposition leader Tom Aldred called the decision "a stitch-up".')).toEqual(["a view or reaction ('stitch')"]);
  });

  it('leaves a judgement that comes with a figure, and a name that looks like one, to be scored', () => {
    expect(reasons('"It\'s a disgrace that fares rose by 40 per cent," she said.', true)).toEqual([]);
    expect(reasons('Fair Basket said prices rose.')).toEqual([]);
  });

  it('marks sayings of nobody in particular and sayings that have not happened', () => {
    expect(reasons('Supporters will say any cycle lane is better than none.')).toContain('said by nobody in particular');
    expect(reasons('Most people we spoke to said they would keep coming, if less often.')).toContain('said by nobody in particular');
  });

  it("marks the writer's own experience, but not a speaker's quoted words", () => {
    expect(reasons('I have seen it happen in three villages in this county already.')).toEqual(["the writer's own view or experience"]);
    expect(reasons('"Half my regulars have stopped coming since the meters went in."')).toEqual([]);
    expect(reasons('The council said 14 of the 22 trees were kept.')).toEqual([]);
  });

  it("marks a speaker's own plan or experience told after the verb of saying, unless it carries a figure", () => {
    expect(reasons("Retired teacher Graham Pollitt said he would miss the place but understood the council's position.")).toEqual([
      "the speaker's own plan or experience ('said he')",
    ]);
    expect(reasons('But she said she now has to stand most mornings.')).toEqual(["the speaker's own plan or experience ('said she')"]);
    expect(reasons('One patient said she had spent 19 hours on a trolley.', true)).toEqual([]);
    expect(reasons('Drivers said they reached the checkpoint at the border.')).toEqual([]);
    expect(reasons('Chairman Roger Benn said the rise was needed to repair the playing field drainage.')).toEqual([]);
  });
});
