import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from './decode-html-bytes';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('decodeHtmlBytes', () => {
  it('reads UTF-8 with or without a declaration', () => {
    expect(decodeHtmlBytes(new TextEncoder().encode('<meta charset="utf-8"><p>Café “quoted”</p>'), 'a.html')).toBe('<meta charset="utf-8"><p>Café “quoted”</p>');
    expect(decodeHtmlBytes(new TextEncoder().encode('<p>Café</p>'), 'a.html')).toBe('<p>Café</p>');
  });

  it('reads Windows-1252 curly quotes whether declared as windows-1252 or iso-8859-1', () => {
    const bytes = Uint8Array.from([...ascii('<meta charset=iso-8859-1><p>'), 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, ...ascii('</p>')]);
    expect(decodeHtmlBytes(bytes, 'a.html')).toBe('<meta charset=iso-8859-1><p>“Café”</p>');
  });

  it('follows a declared legacy encoding', () => {
    const bytes = Uint8Array.from([...ascii('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>'), 0x93, 0x8c, 0x8b, 0x9e, ...ascii('</p>')]);
    expect(decodeHtmlBytes(bytes, 'a.html')).toContain('<p>東京</p>');
  });

  it('lets a byte-order mark win over a declaration, and ignores an unknown one', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="shift_jis"><p>Café</p>')]);
    expect(decodeHtmlBytes(bom, 'a.html')).toContain('<p>Café</p>');
    expect(decodeHtmlBytes(new TextEncoder().encode('<meta charset="x-no-such"><p>Café</p>'), 'a.html')).toContain('<p>Café</p>');
  });
});
