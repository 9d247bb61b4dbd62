import { expect, it } from 'vitest';
import { isWhitespace } from './whitespace';

it('matches exactly the code units the regex class \\s matches', () => {
  const differ: number[] = [];
  for (let code = 0; code <= 0xffff; code++) if (isWhitespace(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code);
  expect(differ).toEqual([]);
});
