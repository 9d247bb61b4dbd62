import { describe, expect, it } from 'vitest';
import { sameNumbers } from './numbers';

describe('sameNumbers', () => {
  it('accepts sentences whose numbers are unchanged around edited words', () => {
    expect(sameNumbers('Turnout was 45% in District 7.', 'Turnout reached 45% in district 7!')).toBe(true);
    expect(sameNumbers('No figures here.', 'None here either.')).toBe(true);
  });

  it('rejects a changed, added, removed or reordered number', () => {
    expect(sameNumbers('Turnout was 45%.', 'Turnout was 54%.')).toBe(false);
    expect(sameNumbers('3.2 million', '3.25 million')).toBe(false);
    expect(sameNumbers('In 2021.', 'In 2021, up 4%.')).toBe(false);
    expect(sameNumbers('From 3 to 9.', 'From 9 to 3.')).toBe(false);
  });
});
