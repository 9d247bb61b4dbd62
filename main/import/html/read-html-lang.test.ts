import { describe, expect, it } from 'vitest';
import { readHtmlLang } from './read-html-lang';

describe('readHtmlLang', () => {
  it('reads the root element’s lang in any quoting', () => {
    expect(readHtmlLang('<!doctype html><html lang="es-ES"><head></head></html>')).toBe('es-ES');
    expect(readHtmlLang("<HTML dir='rtl' LANG='ar'>")).toBe('ar');
    expect(readHtmlLang('<html lang=zh-CN class=no-js>')).toBe('zh-CN');
  });

  it('reads xml:lang on an XHTML page', () => {
    expect(readHtmlLang('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr">')).toBe('fr');
  });

  it('is not fooled by another attribute holding "lang=" or ">"', () => {
    expect(readHtmlLang('<html data-x="a > b" data-lang="en" lang="de">')).toBe('de');
  });

  it('falls back to the Content-Language pragma', () => {
    expect(readHtmlLang('<html><head><meta http-equiv="Content-Language" content="pt-BR"></head>')).toBe('pt-BR');
  });

  it('says nothing for a page without a declaration or with an empty one', () => {
    expect(readHtmlLang('<html><body><p lang="en">Hi</p></body></html>')).toBeUndefined();
    expect(readHtmlLang('<html lang="">')).toBeUndefined();
    expect(readHtmlLang('<p>fragment</p>')).toBeUndefined();
  });
});
