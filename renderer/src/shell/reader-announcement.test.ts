import { describe, expect, it } from 'vitest';
import { testAnnotation } from '../../../shared/claims/test-support/test-annotations';
import type { Annotation, Tag } from '../../../shared/model/annotation';
import { ClaimsIndex } from '../claims/claims-index';
import { announcement as announce, type ReaderMoment } from './reader-announcement';

const text = 'The port said reserves were full. The council denied it. Cameras show the gates shut.';
/** An annotation over [start, end) of `text`, quoting "sentence <id>". */
function tagged(id: string, tag: Tag, start: number, end: number): Annotation {
  const a = testAnnotation(id, tag, start);
  return { ...a, target: { ...a.target, selector: { ...a.target.selector, position: { ...a.target.selector.position, start, end } } } };
}
const c1 = tagged('c1', 'claim', 0, 33);
const c2 = tagged('c2', 'claim', 34, 56);
const e1 = tagged('e1', 'evidence', 57, 85);
/** The announcement with `now`'s claims numbered as the announcer numbers them. */
function announcement(before: ReaderMoment, now: ReaderMoment, text: string): string | null {
  const index = new ClaimsIndex();
  index.update(now.annotations);
  return announce(before, now, text, index.orderedClaims);
}
const moment = (patch: Partial<ReaderMoment>): ReaderMoment => ({ notice: '', range: null, annotations: [c2], ...patch });

describe('announcement', () => {
  it('names a tag just added by its number and sentence', () => {
    const before = moment({ range: { start: 0, end: 33 } });
    const now = moment({ range: { start: 0, end: 33 }, notice: 'Claim added', annotations: [c2, c1] });
    expect(announcement(before, now, text)).toBe('Claim C1 added: sentence c1');
  });

  it('keeps a notice that says more than "added", and names what went on undo with its old number', () => {
    const accepted = moment({ notice: 'Accepted: evidence', annotations: [c2, e1] });
    expect(announcement(moment({}), accepted, text)).toBe('Accepted: evidence. Evidence added: sentence e1');
    const undone = moment({ notice: 'Undone', annotations: [c1] });
    expect(announcement(moment({ annotations: [c1, c2] }), undone, text)).toBe('Undone. Claim C2 removed: sentence c2');
  });

  it('reads where J/K moved: the tags on the sentence, then the sentence', () => {
    const at = (start: number, end: number) => moment({ range: { start, end }, annotations: [c1, c2] });
    expect(announcement(at(0, 33), at(34, 56), text)).toBe('Claim C2: The council denied it.');
    expect(announcement(at(34, 56), at(57, 85), text)).toBe('Cameras show the gates shut.');
  });

  it('reads a new notice as it is (with the sentence when the selection moved with it), and says nothing when nothing changed', () => {
    expect(announcement(moment({}), moment({ notice: 'Evidence refutes claim 2' }), text)).toBe('Evidence refutes claim 2');
    expect(
      announcement(
        moment({ range: { start: 0, end: 33 } }),
        moment({ notice: 'Disagreement 1 of 2', range: { start: 34, end: 56 } }),
        text,
      ),
    ).toBe('Disagreement 1 of 2. The council denied it.');
    expect(announcement(moment({ notice: 'Undone' }), moment({ notice: 'Undone' }), text)).toBeNull();
  });
});
