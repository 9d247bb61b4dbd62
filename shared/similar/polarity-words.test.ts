import { describe, expect, it } from 'vitest';
import { analyseClaimText } from './analyse-claim-text';
import { polarityConflict } from './polarity-words';

const conflict = (a: string, b: string): string | undefined => polarityConflict(analyseClaimText(a).polarity, analyseClaimText(b).polarity);

describe('polarityConflict', () => {
  it('tells a negated claim from its twin, but not two ways of negating', () => {
    expect(conflict('The wage has not risen', 'The wage has risen')).toBe('one of them negates');
    expect(conflict("The wage hasn't risen", 'The wage has never risen')).toBeUndefined();
    expect(conflict('The company paid zero tax', 'The company paid no tax')).toBeUndefined();
  });

  it('tells opposite directions, multiples, periods and antonyms apart', () => {
    expect(conflict('Crime rose', 'Crime fell')).toBe('opposite directions');
    expect(conflict('Gas prices doubled', 'Gas prices fell')).toBe('opposite directions');
    expect(conflict('Crime doubled', 'Crime tripled')).toBe('different multiples');
    expect(conflict('in his first week', 'in his first year')).toBe('different periods');
    expect(conflict('The drug is legal', 'The drug is illegal')).toBe('opposite words');
    expect(conflict('失业率上升', '失业率下降')).toBe('opposite directions');
  });

  it('finds no conflict where only one side says anything', () => {
    expect(conflict('Crime rose in Chicago', 'Chicago crime is a problem')).toBeUndefined();
  });
});
