import { describe as describeSpan } from '../anchoring';
import { describe, expect, it } from 'vitest';
import type { Annotation, Tag } from '../model/annotation';
import type { Block } from '../model/article';
import { toPlainText } from '../text/plain-text';
import { computeAgreement } from './compute-agreement';
import { fleissKappa } from './fleiss-kappa';

const BLOCKS: Pick<Block, 'type' | 'text'>[] = [
  { type: 'title', text: 'Port says tanks were full' },
  { type: 'paragraph', text: 'The port said its tanks were full. Invoices show one delivery of 180,000 litres.' },
  { type: 'heading', text: 'What the records show' },
  { type: 'paragraph', text: 'The tanks hold 650,000 litres. The port denied the records were complete. The mayor asked for a review.' },
];
const TEXT = toPlainText(BLOCKS);
const S = [
  'The port said its tanks were full.',
  'Invoices show one delivery of 180,000 litres.',
  'The tanks hold 650,000 litres.',
  'The port denied the records were complete.',
  'The mayor asked for a review.',
];

function annotate(analyst: string, tags: [string, Tag][]): Annotation[] {
  return tags.map(([quote, tag], n) => {
    const start = TEXT.indexOf(quote);
    return {
      schemaVersion: 1,
      id: `${analyst}-${n}`,
      documentId: 'doc',
      creator: { id: analyst, name: analyst },
      created: '2026-01-01T10:00:00.000Z',
      modified: '2026-01-01T10:00:00.000Z',
      body: { tag, note: '' },
      target: { source: 'doc', selector: describeSpan(TEXT, start, start + quote.length) },
    };
  });
}

// alice: claim, claim, evidence, —, —   bob: claim, —, evidence, denial, —
const ALICE = annotate('alice', [
  [S[0]!, 'claim'],
  [S[1]!, 'claim'],
  [S[2]!, 'evidence'],
  ['Port says tanks were full', 'claim'],
]);
const BOB = annotate('bob', [
  [S[0]!, 'claim'],
  [S[2]!, 'evidence'],
  [S[3]!, 'denial'],
]);

describe('computeAgreement', () => {
  const report = computeAgreement(BLOCKS, [
    { analyst: 'alice', annotations: ALICE },
    { analyst: 'bob', annotations: BOB },
  ]);

  it('counts the body sentences only and lists each analyst’s label for each', () => {
    expect(report.analysts).toEqual(['alice', 'bob']);
    expect(report.sentences.map((s) => TEXT.slice(s.start, s.end))).toEqual(S);
    expect(report.sentences.map((s) => s.labels)).toEqual([
      ['claim', 'claim'],
      ['claim', 'none'],
      ['evidence', 'evidence'],
      ['none', 'denial'],
      ['none', 'none'],
    ]);
  });

  it('computes κ by hand-checkable figures, over all sentences and over the tagged ones', () => {
    // All five: p_o = 3/5; alice {claim 2, evidence 1, none 2}, bob {claim 1, evidence 1,
    // denial 1, none 2}: p_e = (2·1 + 1·1 + 2·2)/25 = 7/25; κ = (0.6 − 0.28)/0.72.
    const [pair] = report.pairs;
    expect(pair?.analysts).toEqual(['alice', 'bob']);
    expect(pair?.kappa).toMatchObject({ observed: 0.6, units: 5 });
    expect(pair?.kappa.expected).toBeCloseTo(0.28, 12);
    expect(pair?.kappa.value).toBeCloseTo(0.32 / 0.72, 12);
    // The four someone tagged: p_o = 2/4, p_e = (2·1 + 1·1 + 1·1)/16; κ = 1/3.
    expect(pair?.kappaTagged).toMatchObject({ observed: 0.5, expected: 0.25, units: 4 });
    expect(pair?.kappaTagged.value).toBeCloseTo(1 / 3, 12);
  });

  it('computes each tag against the rest', () => {
    // claim: alice [c, c, r, r, r], bob [c, r, r, r, r]: p_o = 0.8, p_e = 0.08 + 0.48.
    const claim = report.perTag.claim.pairs[0]?.kappa;
    expect(claim?.observed).toBeCloseTo(0.8, 12);
    expect(claim?.expected).toBeCloseTo(0.56, 12);
    expect(claim?.value).toBeCloseTo(0.24 / 0.44, 12);
    expect(report.perTag.evidence.pairs[0]?.kappa.value).toBe(1);
    // Only bob used denial: alice's labels are all "rest", so p_o = p_e = 0.8 and κ = 0.
    expect(report.perTag.denial.pairs[0]?.kappa.value).toBeCloseTo(0, 12);
  });

  it('computes Fleiss and Krippendorff figures over the same label table', () => {
    const carol = annotate('carol', [
      [S[0]!, 'claim'],
      [S[1]!, 'evidence'],
      [S[2]!, 'evidence'],
      [S[3]!, 'denial'],
    ]);
    const three = computeAgreement(BLOCKS, [
      { analyst: 'alice', annotations: ALICE },
      { analyst: 'bob', annotations: BOB },
      { analyst: 'carol', annotations: carol },
    ]);
    expect(three.pairs.map((p) => p.analysts)).toEqual([
      ['alice', 'bob'],
      ['alice', 'carol'],
      ['bob', 'carol'],
    ]);
    expect(three.fleissKappa.value).toBeCloseTo(fleissKappa(three.sentences.map((s) => s.labels)).value!, 12);
    expect(three.krippendorffAlpha.units).toBe(5);
    expect(three.krippendorffAlpha.value!).toBeGreaterThan(three.fleissKappa.value!);
  });

  it('leaves out annotations whose text is gone, and says how many', () => {
    const lost = annotate('bob', [[S[0]!, 'claim']]).map((a) => ({
      ...a,
      target: {
        ...a.target,
        selector: { ...a.target.selector, quote: { ...a.target.selector.quote, exact: 'Words no longer in the article at all' } },
      },
    }));
    const withLost = computeAgreement(BLOCKS, [
      { analyst: 'alice', annotations: ALICE },
      { analyst: 'bob', annotations: [...BOB.slice(1), ...lost] },
    ]);
    expect(withLost.unplaced).toEqual([0, 1]);
    expect(withLost.sentences[0]?.labels).toEqual(['claim', 'none']);
  });

  it('returns null figures with reasons for one analyst, none, and an article without body sentences', () => {
    const one = computeAgreement(BLOCKS, [{ analyst: 'alice', annotations: ALICE }]);
    expect(one.pairs).toEqual([]);
    expect(one.fleissKappa).toMatchObject({ value: null, units: 5, reason: 'agreement needs at least two analysts' });
    expect(one.krippendorffAlpha.value).toBeNull();
    expect(computeAgreement(BLOCKS, []).fleissKappa.reason).toBe('no analyst has tagged this document');
    const empty = computeAgreement(
      [{ type: 'title', text: 'Only a headline' }],
      [
        { analyst: 'alice', annotations: [] },
        { analyst: 'bob', annotations: [] },
      ],
    );
    expect(empty.sentences).toEqual([]);
    expect(empty.pairs[0]?.kappa).toMatchObject({ value: null, units: 0 });
    expect(empty.pairs[0]?.kappaTagged.reason).toBe('neither analyst tagged a counted sentence');
    expect(JSON.stringify(empty, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? 'not finite' : v))).not.toContain(
      'not finite',
    );
  });

  it('refuses two layers of one analyst', () => {
    expect(() =>
      computeAgreement(BLOCKS, [
        { analyst: 'alice', annotations: [] },
        { analyst: 'alice', annotations: [] },
      ]),
    ).toThrow(/two layers of analyst alice/);
  });
});
