import { describe, expect, it } from 'vitest';
import { FIVE_POINT } from '../verdict/preset-scales';
import { bodySentences } from './body-sentences';
import { buildLabelTable } from './disagreements';
import { indexDecisions, reviewStateOf, type ReviewContext } from './review-state';
import { ANA, BEN, STORY, tagQuote } from './test-support/review-fixtures';

const sentences = bodySentences(STORY);
const anaClaim = tagQuote(ANA, 1, 'claim', 'The mayor said fares would double.', 'False');
const anaDenial = tagQuote(ANA, 2, 'denial', 'The port denied it.');
const anaLonely = tagQuote(ANA, 3, 'evidence', 'Nobody else commented.');
const anaHeading = tagQuote(ANA, 4, 'claim', 'What the figures show');
const benClaim = tagQuote(BEN, 1, 'claim', 'The mayor said fares would double.', 'Mostly false');
const benOther = tagQuote(BEN, 2, 'evidence', 'The port denied it.');

function context(decided: Parameters<typeof indexDecisions>[0] = []): ReviewContext {
  const layers = [
    { analyst: ANA, annotations: [anaClaim, anaDenial, anaLonely, anaHeading] },
    { analyst: BEN, annotations: [benClaim, benOther] },
  ];
  return { sentences, table: buildLabelTable(sentences, layers, [FIVE_POINT]), decisions: indexDecisions(decided), scales: [FIVE_POINT] };
}

describe('reviewStateOf', () => {
  it('is agreed when the other analyst tagged the sentence alike, with a verdict in the same group', () => {
    expect(reviewStateOf(anaClaim, context())).toBe('agreed');
    expect(reviewStateOf(benClaim, context())).toBe('agreed');
  });

  it('is disagreed when the other analyst tagged the sentence otherwise', () => {
    expect(reviewStateOf(anaDenial, context())).toBe('disagreed');
    expect(reviewStateOf(benOther, context())).toBe('disagreed');
  });

  it('is disagreed when the verdicts fall in different groups', () => {
    const benTrue = tagQuote(BEN, 1, 'claim', 'The mayor said fares would double.', 'True');
    const layers = [
      { analyst: ANA, annotations: [anaClaim] },
      { analyst: BEN, annotations: [benTrue] },
    ];
    const ctx = { sentences, table: buildLabelTable(sentences, layers, [FIVE_POINT]), decisions: new Map(), scales: [FIVE_POINT] };
    expect(reviewStateOf(anaClaim, ctx)).toBe('disagreed');
  });

  it('is only-one when nobody else tagged its sentences, or it covers no body sentence', () => {
    expect(reviewStateOf(anaLonely, context())).toBe('only-one');
    expect(reviewStateOf(anaHeading, context())).toBe('only-one');
  });

  it("follows the reviewer's decision over the comparison", () => {
    const decided = [
      { annotationId: 'a2', analystId: 'ben', decision: 'accepted' as const, decided: '2026-02-02T09:00:00.000Z' },
      { annotationId: 'a1', analystId: 'ben', decision: 'rejected' as const, decided: '2026-02-02T09:00:00.000Z' },
    ];
    expect(reviewStateOf(benOther, context(decided))).toBe('accepted');
    expect(reviewStateOf(benClaim, context(decided))).toBe('rejected');
    // The decision is about Ben's a1, not Ana's annotation with the same id.
    expect(reviewStateOf(anaClaim, context(decided))).toBe('agreed');
  });
});
