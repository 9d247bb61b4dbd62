import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => {
  const le = utf16le(s);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from('Café “quoted”'), 'a.txt')).toEqual({ text: 'Café “quoted”', encoding: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café')]);
    expect(decodeText(withBom, 'a.txt')).toEqual({ text: 'Café', encoding: 'utf-8' });
  });

  it('reads UTF-16 in both byte orders, with a BOM or without', () => {
    const text = 'The minister said “no”.';
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)]), 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'a.txt')).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(utf16le(text), 'a.txt').text).toBe(text);
    expect(decodeText(utf16be(text), 'a.txt').text).toBe(text);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const bytes = Buffer.from([0x93, 0x4e, 0x6f, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeText(bytes, 'old.txt')).toEqual({ text: '“No” – café', encoding: 'windows-1252' });
  });

  it('refuses binary data and names the file', () => {
    const bytes = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x03]);
    expect(() => decodeText(bytes, 'program.txt')).toThrow('"program.txt" is not a text file: it contains binary data.');
  });
});
