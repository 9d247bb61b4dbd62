import { describe, expect, it } from 'vitest';
import { labelSentences, type TaggedSpan } from './label-sentences';
import { sentenceUnits } from './sentence-units';

// Sentence 1 is 0–44 (38 non-space characters), sentence 2 is 45–76.
const TEXT = 'The minister said the bridge opened in 2019. Records show it opened in 2021.';
const UNITS = sentenceUnits([{ type: 'paragraph', text: TEXT }]);

function label(...spans: TaggedSpan[]) {
  return labelSentences(TEXT, UNITS, spans);
}

describe('labelSentences', () => {
  it('gives "none" to sentences no highlight covers', () => {
    expect(label()).toEqual(['none', 'none']);
  });

  it('labels a sentence covered exactly or by a highlight spanning several sentences', () => {
    expect(label({ start: 0, end: 44, tag: 'claim' })).toEqual(['claim', 'none']);
    expect(label({ start: 0, end: 76, tag: 'evidence' })).toEqual(['evidence', 'evidence']);
  });

  it('counts a sentence covered on at least half its non-space characters, not one merely touched', () => {
    // "The minister said the" is 18 of 38 non-space characters; "…bridge" adds 6 (24 of 38).
    expect(label({ start: 0, end: 21, tag: 'claim' })).toEqual(['none', 'none']);
    expect(label({ start: 0, end: 28, tag: 'claim' })).toEqual(['claim', 'none']);
    // A drag from the middle of sentence 1 through sentence 2 labels both; clipping the last
    // word of sentence 1 off a sentence-2 highlight's start does not label sentence 1.
    expect(label({ start: 18, end: 76, tag: 'denial' })).toEqual(['denial', 'denial']);
    expect(label({ start: 36, end: 76, tag: 'denial' })).toEqual(['none', 'denial']);
  });

  it('prefers claim over denial over evidence when two tags cover one sentence, whatever their order', () => {
    expect(label({ start: 0, end: 76, tag: 'evidence' }, { start: 45, end: 76, tag: 'claim' })).toEqual(['evidence', 'claim']);
    expect(label({ start: 45, end: 76, tag: 'denial' }, { start: 0, end: 76, tag: 'evidence' })).toEqual(['evidence', 'denial']);
    expect(label({ start: 45, end: 76, tag: 'denial' }, { start: 45, end: 76, tag: 'claim' })).toEqual(['none', 'claim']);
  });
});
