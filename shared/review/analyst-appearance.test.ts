import { describe, expect, it } from 'vitest';
import { ANALYST_PALETTE, appearanceOf, initialsOf, paletteColourOf } from './analyst-appearance';

describe('appearanceOf', () => {
  it('takes initials from the name, or from the id when the name has no letters', () => {
    expect(initialsOf({ id: 'x', name: 'Ana María López' })).toBe('AML');
    expect(initialsOf({ id: 'jdoe', name: '' })).toBe('JDO');
  });

  it('gives a colleague the same palette colour on every machine, and the profile wins for oneself', () => {
    expect(paletteColourOf('ben')).toBe(paletteColourOf('ben'));
    expect(ANALYST_PALETTE).toContain(paletteColourOf('ben'));
    expect(appearanceOf({ id: 'ana', name: 'Ana' }, { initials: 'AL', colour: '#123456' })).toEqual({ initials: 'AL', colour: '#123456' });
  });
});
