import { describe, expect, it } from 'vitest';
import { findHeadline } from './find-headline';
import { parseHtml } from './parse-html';

const headlineOf = (body: string, titles: string[] = []) => findHeadline(parseHtml(`<body>${body}</body>`), titles);

describe('findHeadline', () => {
  it('prefers the h1 matching a declared title, a site suffix or case aside', () => {
    const body = '<header><h1>The Harbour Times</h1></header><article><h1>Ferry fares  rise again</h1></article>';
    expect(headlineOf(body, ['Ferry fares rise again - The Harbour Times'])).toBe('Ferry fares rise again');
    expect(headlineOf(body, ['FERRY FARES RISE AGAIN'])).toBe('Ferry fares rise again');
  });

  it('falls back to the h1 in the article, then the declared title, then the first h1', () => {
    const body = '<header><h1>The Harbour Times</h1></header><main><h1>Storm closes coast road</h1></main>';
    expect(headlineOf(body, ['Something else entirely'])).toBe('Storm closes coast road');
    expect(headlineOf('<h1>The Harbour Times</h1>', ['Storm closes coast road'])).toBe('Storm closes coast road');
    expect(headlineOf('<h1>The Harbour Times</h1>')).toBe('The Harbour Times');
    expect(headlineOf('<p>No headline</p>')).toBeUndefined();
  });

  it('ignores headings nobody sees', () => {
    expect(headlineOf('<noscript><h1>Enable scripts</h1></noscript><h1 hidden>Hidden</h1><h1>Shown headline here</h1>')).toBe(
      'Shown headline here',
    );
  });
});
