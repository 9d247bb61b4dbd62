import { describe, expect, it } from 'vitest';
import { similarity } from './similarity';

describe('similarity', () => {
  it('is 1 for equal strings, including two empty ones', () => {
    expect(similarity('council said', 'council said')).toBe(1);
    expect(similarity('', '')).toBe(1);
  });

  it('loses one part in the longer length for each edit', () => {
    expect(similarity('recieved', 'received')).toBe(1 - 2 / 8);
    expect(similarity('the council', 'the councils')).toBe(1 - 1 / 12);
  });

  it('is 0 when nothing is shared', () => {
    expect(similarity('abcd', 'wxyz')).toBe(0);
    expect(similarity('', 'context')).toBe(0);
  });
});
