import { describe, expect, it } from 'vitest';
import { countKeptWords, visibleTextOf, wordsOf } from './count-kept-words';

describe('wordsOf', () => {
  it('splits Chinese and Japanese into words, not one run per sentence', () => {
    expect(wordsOf('人工智能迈上新台阶').length).toBeGreaterThan(2);
    expect(wordsOf('肉をくわえたイヌが、橋を渡っていました。').length).toBeGreaterThan(4);
  });

  it('leaves out punctuation and reads full-width letters and digits as ASCII', () => {
    expect(wordsOf('“Ｗｉ-Ｆｉ”, ２０２０!')).toEqual(['wi', 'fi', '2020']);
  });
});

describe('visibleTextOf', () => {
  it('ends a word at every block edge, as a reader sees it', () => {
    expect(wordsOf(visibleTextOf('<ul><li>one</li><li>two</li></ul><p>three<br>four</p>'))).toEqual(['one', 'two', 'three', 'four']);
  });
});

describe('countKeptWords', () => {
  it('counts a repeated word as kept only as often as the import has it', () => {
    expect(countKeptWords(['the', 'cat', 'the'], ['the', 'cat'])).toEqual({ total: 3, kept: 2, missing: ['the'] });
  });

  it('takes excused furniture words out of the reference', () => {
    expect(countKeptWords(['read', 'more', 'prose'], ['prose'], ['read', 'more'])).toEqual({ total: 1, kept: 1, missing: [] });
  });
});
