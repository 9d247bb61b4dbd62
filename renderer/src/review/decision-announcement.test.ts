import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { decisionAnnouncement } from './decision-announcement';

function colleagueClaim(exact: string): Pick<Annotation, 'body' | 'target'> {
  return {
    body: { tag: 'claim', note: '' },
    target: {
      source: 'doc',
      selector: {
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: exact.length },
      },
    },
  };
}

describe('the announcement of a review decision', () => {
  it('reads a long sentence flattened and cut short, so the screen reader does not read a paragraph', () => {
    const sentence = `The council\n  said ${'very '.repeat(60)}much.`;
    const said = decisionAnnouncement({ analystName: 'Colin Colleague', annotation: colleagueClaim(sentence) as Annotation }, 'accepted');

    expect(said.startsWith("Accepted Colin Colleague's claim: The council said very very")).toBe(true);
    expect(said.endsWith('…')).toBe(true);
    expect(said.length).toBeLessThan("Accepted Colin Colleague's claim: ".length + 161);
  });
});
