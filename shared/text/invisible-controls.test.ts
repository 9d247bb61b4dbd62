import { describe, expect, it } from 'vitest';
import { findInvisibleControls, INVISIBLE_CONTROL_NAMES, showInvisibleControls } from './invisible-controls';

describe('showInvisibleControls', () => {
  it('marks a right-to-left override that would make a file name read backwards', () => {
    expect(showInvisibleControls('invoice\u202Etxt.exe')).toBe('invoice⟨RLO⟩txt.exe');
  });

  it('marks zero-width characters hidden inside a word or a URL', () => {
    expect(showInvisibleControls('https://ex\u200Bample.org/pa\u2060th\uFEFF')).toBe('https://ex⟨ZWSP⟩ample.org/pa⟨WJ⟩th⟨ZWNBSP⟩');
    expect(showInvisibleControls('pay\u200Dpal')).toBe('pay⟨ZWJ⟩pal');
  });

  it('marks every bidirectional control and zero-width character by name', () => {
    const all = [...INVISIBLE_CONTROL_NAMES.keys()].join('x');
    expect(showInvisibleControls(all)).toBe([...INVISIBLE_CONTROL_NAMES.values()].map((name) => `⟨${name}⟩`).join('x'));
  });

  it('leaves joiners doing their job in Persian words and emoji sequences, and text without controls as it is', () => {
    const persian = 'می\u200Cخواهم';
    const family = '👨\u200D👩\u200D👧';
    const fire = '❤️\u200D🔥';
    expect(showInvisibleControls(persian)).toBe(persian);
    expect(showInvisibleControls(family)).toBe(family);
    expect(showInvisibleControls(fire)).toBe(fire);
    expect(showInvisibleControls('The gates held.')).toBe('The gates held.');
  });
});

describe('findInvisibleControls', () => {
  it('gives each control’s offset in the original text, for marking it without changing the text', () => {
    expect(findInvisibleControls('a\u202Eb\u200Bc')).toEqual([
      { offset: 1, name: 'RLO' },
      { offset: 3, name: 'ZWSP' },
    ]);
  });
});
