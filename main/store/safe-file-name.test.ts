import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSafeFileName } from './safe-file-name';

describe('toSafeFileName', () => {
  it('keeps ordinary ids readable', () => {
    expect(toSafeFileName('alice')).toBe('alice');
    expect(toSafeFileName('doc-2026_01.v2')).toBe('doc-2026_01.v2');
  });

  it('encodes separators and dots so no id leaves its folder', () => {
    for (const id of ['../x', '..', '.', '../../etc/passwd', 'a\\..\\b', '/abs', 'C:evil']) {
      const name = toSafeFileName(id);
      expect(name).not.toMatch(/[/\\:]/);
      expect(name.startsWith('.')).toBe(false);
      const folder = resolve('/store/annotations');
      expect(resolve(join(folder, name))).toBe(join(folder, name));
    }
    expect(toSafeFileName('../x')).toBe('%2E.%2Fx');
  });

  it('gives distinct ids distinct names', () => {
    const ids = ['a/b', 'a%2Fb', 'a_b', 'a b', 'ä', 'a%C3%A4', '.a', '%2Ea', 'A', 'a'];
    expect(new Set(ids.map(toSafeFileName)).size).toBe(ids.length);
  });

  it('shortens very long ids with a hash and keeps them distinct', () => {
    const long = 'ü'.repeat(200);
    const other = `${'ü'.repeat(199)}x`;
    expect(toSafeFileName(long).length).toBeLessThanOrEqual(150);
    expect(toSafeFileName(long)).not.toBe(toSafeFileName(other));
    expect(toSafeFileName(long)).toMatch(/~[0-9a-f]{32}$/);
  });
});
