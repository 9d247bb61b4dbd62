import { describe, expect, it } from 'vitest';
import { annotationLayerSchema } from '../model/annotation-layer';
import { buildAdjudicatedLayer } from './adjudicated-layer';
import { ANA, BEN, CAT, tagQuote } from './test-support/review-fixtures';

const anaClaim = tagQuote(ANA, 1, 'claim', 'The mayor said fares would double.');
const benClaim = tagQuote(BEN, 1, 'claim', 'The port denied it.');
const benEvidence = tagQuote(BEN, 2, 'evidence', 'Fares rose 4% last year.');
const layers = [
  { analyst: ANA, annotations: [anaClaim] },
  { analyst: BEN, annotations: [benClaim, benEvidence] },
];
const at = '2026-02-03T10:00:00.000Z';

describe('buildAdjudicatedLayer', () => {
  it('holds exactly the accepted annotations, under the fixed creator id, naming the reviewer', () => {
    const { layer, reviewer } = buildAdjudicatedLayer('story', CAT, layers, [
      { annotationId: 'a1', analystId: 'ben', decision: 'accepted', decided: at },
      { annotationId: 'a1', analystId: 'ana', decision: 'accepted', decided: at },
      { annotationId: 'a2', analystId: 'ben', decision: 'rejected', decided: at },
    ]);
    expect(reviewer).toEqual(CAT);
    expect(layer.analyst).toEqual({ id: 'adjudicated', name: 'Adjudicated (Cat Reyes)' });
    expect(layer.annotations.map((a) => [a.id, a.target.selector.quote.exact])).toEqual([
      ['ana/a1', 'The mayor said fares would double.'],
      ['ben/a1', 'The port denied it.'],
    ]);
    expect(layer.annotations.every((a) => a.creator.id === 'adjudicated' && a.modified === at)).toBe(true);
  });

  it('is a valid annotation layer, so it exports like any other', () => {
    const { layer } = buildAdjudicatedLayer('story', CAT, layers, [
      { annotationId: 'a2', analystId: 'ben', decision: 'accepted', decided: at },
    ]);
    expect(annotationLayerSchema.safeParse(layer).success).toBe(true);
    expect(layer.annotations[0]?.body.tag).toBe('evidence');
  });

  it('leaves out decisions about annotations that are gone', () => {
    const { layer } = buildAdjudicatedLayer('story', CAT, layers, [
      { annotationId: 'a9', analystId: 'ben', decision: 'accepted', decided: at },
    ]);
    expect(layer.annotations).toEqual([]);
  });

  it("keeps evidence linked to an accepted claim under the claim's new id, and drops links to claims not accepted", () => {
    const linked = { ...benEvidence, body: { ...benEvidence.body, links: [{ claim: 'a1', stance: 'refutes' as const }] } };
    const withLinks = [layers[0]!, { analyst: BEN, annotations: [benClaim, linked] }];
    const both = buildAdjudicatedLayer('story', CAT, withLinks, [
      { annotationId: 'a1', analystId: 'ben', decision: 'accepted', decided: at },
      { annotationId: 'a2', analystId: 'ben', decision: 'accepted', decided: at },
    ]);
    expect(both.layer.annotations.find((a) => a.id === 'ben/a2')?.body.links).toEqual([{ claim: 'ben/a1', stance: 'refutes' }]);
    const evidenceOnly = buildAdjudicatedLayer('story', CAT, withLinks, [
      { annotationId: 'a2', analystId: 'ben', decision: 'accepted', decided: at },
    ]);
    expect(evidenceOnly.layer.annotations[0]?.body.links).toBeUndefined();
  });
});
