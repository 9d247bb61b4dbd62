import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../nlp/analyse-sentence';
import { findEvidence } from './find-evidence';

const reasons = (text: string) => findEvidence(analyseSentence(text)).map((c) => c.reason);

describe('findEvidence', () => {
  it('finds a source reporting what it shows', () => {
    expect(reasons('Court records show that three suppliers have filed claims.')).toEqual(["cites a source: 'records show'"]);
    expect(reasons('An audit of 2,000 randomly selected ballots found no irregularities.')).toEqual(["cites a source: 'audit … found'"]);
    expect(reasons('Its quarterly figures show the rate fell to 86 per cent.')).toHaveLength(1);
  });

  it('finds lists, budgets, maps and drawings showing what they hold', () => {
    expect(reasons("The council's published expenses list shows £9,800 claimed by the mayor's office.")).toHaveLength(1);
    expect(reasons("The council's transport budget lists a payment of £1.1 million to Brightline.")).toHaveLength(1);
    expect(reasons('The planning drawings approved in 2023 show 14 existing trees retained and 30 new trees.')).toHaveLength(1);
    expect(reasons("An independent audit of the council's accounts last year raised no concerns about expenses.")).toHaveLength(1);
  });

  it('finds "according to" a document, not "according to" a party', () => {
    expect(reasons('Prices fell by 31 per cent, according to figures published by the exchange.')).toEqual([
      "cites a source: 'according to figures'",
    ]);
    expect(reasons('According to the ministry, 3,000 people left.')).toEqual([]);
  });

  it('finds a dated or disclosed document', () => {
    expect(reasons('A log dated 4 March lists two deliveries.')).toHaveLength(1);
    expect(reasons('Training records disclosed to the inquest show he completed the course.')).toHaveLength(1);
  });

  it('counts an inspection finding, negation and all, as evidence', () => {
    expect(reasons('Inspectors found 3,000 litres of fuel that did not appear on the manifest.')).toEqual([
      "cites a source: 'Inspectors found'",
    ]);
  });

  it('leaves a source that a party mentions inside its own statement', () => {
    expect(reasons('The council said the water was safe, despite laboratory results showing lead above the limit.')).toEqual([]);
    expect(reasons('The board said 93 per cent of children had been vaccinated.')).toEqual([]);
  });
});
