import { describe, expect, it } from 'vitest';
import { analyseClaimText } from './analyse-claim-text';

const terms = (text: string): string[] => analyseClaimText(text).terms;

describe('analyseClaimText', () => {
  it('reads a percentage the same in digits, words and "per cent"', () => {
    expect(analyseClaimText('Unemployment hit 15 per cent').numbers).toEqual(['15%']);
    expect(analyseClaimText('Unemployment hit 15%').numbers).toEqual(['15%']);
    expect(analyseClaimText('Unemployment hit fifteen percent').numbers).toEqual(['15%']);
    expect(analyseClaimText('Unemployment hit 15 %').numbers).toEqual(['15%']);
  });

  it('reads numbers written in words, with scales and thousands separators', () => {
    expect(analyseClaimText('two hundred and fifty thousand people').numbers).toEqual(['250000']);
    expect(analyseClaimText('1.5 million euros and 3,000 dollars').numbers).toEqual(['1500000', '3000']);
    expect(analyseClaimText('two and a half million euros').numbers).toEqual(['2500000']);
    expect(analyseClaimText('twenty-five jobs').numbers).toEqual(['25']);
    expect(analyseClaimText('a $2bn deficit').numbers).toEqual(['2000000000']);
  });

  it('folds case, accents, plurals, verb endings and common synonyms, and drops stop words', () => {
    expect(terms('Teachers earned less')).toEqual(terms('teacher is paid below'));
    expect(terms('The CITIES paid more Taxes')).toEqual(terms('a city pays more tax'));
    expect(terms('Zürich café prices')).toEqual(terms('zurich cafe price'));
    expect(terms("l'impôt des Français")).toEqual(['impot', 'francais']);
  });

  it('splits Chinese without spaces into character pairs', () => {
    expect(terms('失业率上升')).toEqual(['失业', '业率', '率上', '上升']);
  });

  it('notes places after a preposition and negations apart from the terms', () => {
    const text = analyseClaimText("Crime didn't rise in New York, Mayor Adams said.");
    expect(text.places).toEqual(['new', 'york']);
    expect(text.names).toEqual(['crim', 'new', 'york', 'mayor', 'adam']);
    expect(text.polarity).toEqual(['not', 'dir:up']);
    expect(text.terms).not.toContain("didn't");
  });
});
