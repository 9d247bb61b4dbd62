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

describe('toSafeFileName on every operating system', () => {
  it('never gives a device name Windows reserves, with any extension and in any case', () => {
    const reserved = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;
    for (const id of ['CON', 'con', 'Prn', 'aux', 'NUL', 'nul.txt', 'COM1', 'com9', 'lpt1', 'LPT9.json', 'con.analyst']) {
      expect(toSafeFileName(id)).not.toMatch(reserved);
      expect(`${toSafeFileName(id)}.json`).not.toMatch(reserved);
    }
    expect(toSafeFileName('con')).toBe('%63on');
    expect(toSafeFileName('lpt1')).toBe('%6Cpt1');
    expect(toSafeFileName('console')).toBe('console');
  });

  it('gives ids that differ only in case names that differ in more than case (macOS and Windows fold case)', () => {
    const ids = ['ana', 'Ana', 'ANA', 'aNa', 'Mallory', 'mallory', 'CON', 'con', 'Con'];
    expect(new Set(ids.map((id) => toSafeFileName(id).toLowerCase())).size).toBe(ids.length);
    expect(toSafeFileName('Ana')).toBe('%41na');
  });
});
