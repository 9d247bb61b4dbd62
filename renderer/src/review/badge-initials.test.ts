import { describe, expect, it } from 'vitest';
import { badgeInitials } from './badge-initials';

describe('badgeInitials', () => {
  it('keeps initials that are no tag letter', () => {
    expect(badgeInitials('CC', 'Colin Colleague')).toBe('CC');
    expect(badgeInitials('A', 'Ana')).toBe('A');
  });

  it('spells a single tag letter out from the name, so it cannot read as a tag', () => {
    expect(badgeInitials('C', 'colin')).toBe('Co');
    expect(badgeInitials('E', 'Émile')).toBe('Ém');
    expect(badgeInitials('D', 'D')).toBe('D·');
  });
});
