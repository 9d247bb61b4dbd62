import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from './decode-html-bytes';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('decodeHtmlBytes', () => {
  it('reads UTF-8 with or without a declaration', () => {
    expect(decodeHtmlBytes(new TextEncoder().encode('<meta charset="utf-8"><p>Café “quoted”</p>'), 'a.html')).toBe(
      '<meta charset="utf-8"><p>Café “quoted”</p>',
    );
    expect(decodeHtmlBytes(new TextEncoder().encode('<p>Café</p>'), 'a.html')).toBe('<p>Café</p>');
  });

  it('reads Windows-1252 curly quotes whether declared as windows-1252 or iso-8859-1', () => {
    const bytes = Uint8Array.from([...ascii('<meta charset=iso-8859-1><p>'), 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, ...ascii('</p>')]);
    expect(decodeHtmlBytes(bytes, 'a.html')).toBe('<meta charset=iso-8859-1><p>“Café”</p>');
  });

  it('follows a declared legacy encoding', () => {
    const bytes = Uint8Array.from([
      ...ascii('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>'),
      0x93,
      0x8c,
      0x8b,
      0x9e,
      ...ascii('</p>'),
    ]);
    expect(decodeHtmlBytes(bytes, 'a.html')).toContain('<p>東京</p>');
  });

  it('reads valid UTF-8 as UTF-8 when the page declares a legacy Chinese encoding it no longer uses', () => {
    const page = '<html lang="zh-CN"><head><meta charset="gb2312"></head><body><p>市议会批准了明年的预算。</p></body></html>';
    expect(decodeHtmlBytes(new TextEncoder().encode(page), 'a.html')).toBe(page);
    const httpEquiv = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>予算が承認された。</p>';
    expect(decodeHtmlBytes(new TextEncoder().encode(httpEquiv), 'a.html')).toBe(httpEquiv);
  });

  it.each([
    ['gb2312', [0xd6, 0xd0, 0xce, 0xc4], '中文'],
    ['GBK', [0xd6, 0xd0, 0xce, 0xc4], '中文'],
    ['gb18030', [0x81, 0x30, 0x81, 0x30], '\u0080'],
    ['big5', [0xa4, 0xa4, 0xa4, 0xe5], '中文'],
    ['shift_jis', [0x93, 0xfa, 0x96, 0x7b], '日本'],
    ['euc-jp', [0xc6, 0xfc, 0xcb, 0xdc], '日本'],
    ['euc-kr', [0xc7, 0xd1, 0xb1, 0xb9], '한국'],
    ['iso-8859-5', [0xbc, 0xd8, 0xe0], 'Мир'],
    ['iso-8859-7', [0xc1, 0xe8, 0xde, 0xed, 0xe1], 'Αθήνα'],
    ['koi8-r', [0xed, 0xc9, 0xd2], 'Мир'],
    ['windows-1256', [0xe3, 0xd5, 0xd1], 'مصر'],
  ])('decodes a page really written in %s', (charset, body, text) => {
    const bytes = Uint8Array.from([...ascii(`<meta charset="${charset}"><p>`), ...body, ...ascii('</p>')]);
    expect(decodeHtmlBytes(bytes, 'a.html')).toBe(`<meta charset="${charset}"><p>${text}</p>`);
  });

  it('lets a byte-order mark win over a declaration, and ignores an unknown one', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="shift_jis"><p>Café</p>')]);
    expect(decodeHtmlBytes(bom, 'a.html')).toContain('<p>Café</p>');
    expect(decodeHtmlBytes(new TextEncoder().encode('<meta charset="x-no-such"><p>Café</p>'), 'a.html')).toContain('<p>Café</p>');
  });
});
