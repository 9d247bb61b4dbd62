import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../nlp/analyse-sentence';
import { findDenials } from './find-denials';

const strongest = (text: string) => findDenials(analyseSentence(text))[0];

describe('findDenials', () => {
  it.each([
    ['The ministry did not respond to requests for comment.', "denial: 'did not respond'"],
    ['The contractor, Nordbau, declined to comment on the audit.', "denial: 'declined to comment'"],
    ['Kyiv has strongly denied the assertion.', "denial: 'denied'"],
    ['The Police Federation did not return calls.', "denial: 'did not return'"],
    ['The health ministry could not be reached for comment.', "denial: 'could not be reached'"],
    ['Asked whether it could be reversed, she said: "No comment."', "denial: 'No comment'"],
    ['The chains reject the accusation.', "denial: 'reject the accusation'"],
    ['The ministry disputes that.', "denial: 'disputes that'"],
    ['A former director pleaded not guilty to fraud.', "denial: 'pleaded not guilty'"],
    ['Her office would not say whether it was his.', "denial: 'would not say'"],
  ])('flags "%s"', (text, reason) => {
    expect(strongest(text)).toMatchObject({ kind: 'denial', reason });
    expect(strongest(text)?.weight).toBeGreaterThanOrEqual(0.5);
  });

  it('flags a party calling a claim untrue', () => {
    expect(strongest('Varga\'s spokesman called the report "completely untrue".')?.reason).toBe("denial: 'untrue'");
    expect(strongest('Amsel dismissed the audit as "a whitewash".')?.weight).toBeGreaterThanOrEqual(0.5);
  });

  it('does not flag a plain negation inside a finding', () => {
    expect(findDenials(analyseSentence('Inspectors found 3,000 litres of fuel that did not appear on the manifest.'))).toEqual([]);
    expect(findDenials(analyseSentence('No knife was recovered from the flat.'))).toEqual([]);
    expect(findDenials(analyseSentence('That was incorrect.'))).toEqual([]);
  });

  it('does not flag an omission as a refusal', () => {
    expect(findDenials(analyseSentence('He did not say which period the figure covered.'))).toEqual([]);
  });

  it('reads a rejection of a thing, not a claim, as a weak cue only', () => {
    expect(strongest('The council rejected the planning application on Monday.')?.weight).toBeLessThan(0.5);
  });

  it('reads a sweeping negative in reported words as a weak denial, a plain "not" as none', () => {
    expect(strongest('It said no civilians had been harmed.')).toMatchObject({ weight: 0.45 });
    expect(findDenials(analyseSentence('"Parents told us they could not get time off work," she said.'))).toEqual([]);
  });
});
