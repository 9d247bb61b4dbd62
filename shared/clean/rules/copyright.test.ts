import { describe, expect, it } from 'vitest';
import { siteFromCopyright } from './copyright';

describe('siteFromCopyright', () => {
  it.each([
    ['© 2024 The Meridian Post. All rights reserved.', 'The Meridian Post'],
    ['Copyright © 2024 Lantern Media Group', 'Lantern Media Group'],
    ['Copyright 2019-2024, Northport Ledger Ltd.', 'Northport Ledger Ltd'],
  ])('reads the owner of %j', (line, site) => {
    expect(siteFromCopyright(line)).toBe(site);
  });

  it('names no site when the line has no year or a long owner', () => {
    expect(siteFromCopyright('All rights reserved.')).toBeUndefined();
    expect(
      siteFromCopyright('© 2024 This material may not be published, broadcast, rewritten or redistributed without permission'),
    ).toBeUndefined();
  });
});
