import { describe, expect, it } from 'vitest';
import { isWebUrl, safeHref } from './safe-href';

describe('safeHref', () => {
  it('keeps http, https and mailto links in their serialised form', () => {
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHref('HTTP://Example.org')).toBe('http://example.org/');
    expect(safeHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    expect(safeHref('  https://example.org/x  ')).toBe('https://example.org/x');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001 javascript:alert(1)',
    ' javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'blob:https://example.org/1234',
    'factmark://open',
    'about:blank',
  ])('drops %j', (href) => {
    expect(safeHref(href)).toBeUndefined();
    expect(safeHref(href, 'https://example.org/news/')).toBeUndefined();
  });

  it('keeps only the addresses of a mailto link, and only real-looking ones', () => {
    expect(safeHref('mailto:desk@example.org?subject=Tip&attach=/etc/passwd')).toBe('mailto:desk@example.org');
    expect(safeHref('mailto:a@example.org,b@example.org')).toBe('mailto:a@example.org,b@example.org');
    expect(safeHref('mailto:javascript:alert(1)')).toBeUndefined();
    expect(safeHref('mailto:?attach=~/.ssh/id_rsa')).toBeUndefined();
  });

  it('resolves relative links against a web base and drops them without one', () => {
    expect(safeHref('/news/ferry', 'https://example.org/a/b')).toBe('https://example.org/news/ferry');
    expect(safeHref('ferry.html', 'https://example.org/a/b')).toBe('https://example.org/a/ferry.html');
    expect(safeHref('/news/ferry')).toBeUndefined();
    expect(safeHref('/news/ferry', 'javascript:alert(1)//')).toBeUndefined();
  });

  it('drops links to a place in the page itself', () => {
    expect(safeHref('#footnote-1', 'https://example.org/a')).toBeUndefined();
    expect(safeHref('#footnote-1')).toBeUndefined();
    expect(safeHref('https://example.org/b#part', 'https://example.org/a')).toBe('https://example.org/b#part');
  });
});

describe('safeHref with bidirectional and zero-width controls', () => {
  it('keeps them only percent-encoded, where they show instead of acting, and refuses a host holding an override', () => {
    expect(safeHref('https://example.org/invoice\u202Etxt.exe?q=a\u200Bb#x\u2066')).toBe(
      'https://example.org/invoice%E2%80%AEtxt.exe?q=a%E2%80%8Bb#x%E2%81%A6',
    );
    expect(safeHref('mailto:desk\u202E@example.org')).toBe('mailto:desk%E2%80%AE@example.org');
    expect(safeHref('https://exa\u202Emple.org/')).toBeUndefined();
  });
});

describe('isWebUrl', () => {
  it('accepts only absolute http and https URLs', () => {
    expect(isWebUrl('https://example.org')).toBe(true);
    expect(isWebUrl('/relative')).toBe(false);
    expect(isWebUrl('mailto:a@b.c')).toBe(false);
  });
});
