import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';
import { readPageMetadata } from './read-page-metadata';

const metadataOf = (head: string, body = '') => readPageMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`));

describe('readPageMetadata', () => {
  it('prefers OpenGraph and the canonical link, and reads the article tags', () => {
    expect(
      metadataOf(`<title>Fares rise | Harbour Times</title>
        <meta property="og:title" content="Ferry fares rise again">
        <meta property="og:site_name" content="The Harbour Times">
        <meta property="og:url" content="https://example.org/og">
        <link rel="Canonical" href="https://example.org/canonical">
        <meta name="author" content="By  Lena Marsh">
        <meta property="article:published_time" content="2024-06-14T09:05:12Z">`),
    ).toEqual({
      title: 'Ferry fares rise again',
      byline: 'Lena Marsh',
      published: '2024-06-14T09:05:12Z',
      url: 'https://example.org/canonical',
      site: 'The Harbour Times',
    });
  });

  it('falls back to the title element, other author tags and a datePublished attribute', () => {
    expect(
      metadataOf(
        '<title> Fares rise </title><meta property="article:author" content="https://example.org/lena"><meta name="dc.creator" content="Lena Marsh">',
        '<time itemprop="datePublished" datetime="2024-06-14">14 June</time>',
      ),
    ).toEqual({ title: 'Fares rise', byline: 'Lena Marsh', published: '2024-06-14' });
  });

  it('returns nothing for a page that declares nothing', () => {
    expect(metadataOf('', '<p>Text</p>')).toEqual({});
  });
});
