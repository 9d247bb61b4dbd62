import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';
import { readJsonLd } from './read-json-ld';

const jsonLdOf = (...scripts: string[]) =>
  readJsonLd(parseHtml(`<head>${scripts.map((json) => `<script type="application/ld+json">${json}</script>`).join('')}</head>`));

describe('readJsonLd', () => {
  it('reads a NewsArticle with authors, publisher and page id', () => {
    const article = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ferry  fares rise again',
      author: [{ '@type': 'Person', name: 'Lena Marsh' }, 'Omar Haddad', { name: 'https://example.org/staff/x' }],
      datePublished: '2024-06-14T09:05:12+05:30',
      publisher: { '@type': 'Organization', name: 'The Harbour Times' },
      mainEntityOfPage: { '@id': 'https://example.org/ferry' },
    };
    expect(jsonLdOf(JSON.stringify(article))).toEqual({
      headline: 'Ferry fares rise again',
      byline: 'Lena Marsh and Omar Haddad',
      published: '2024-06-14T09:05:12+05:30',
      url: 'https://example.org/ferry',
      site: 'The Harbour Times',
    });
  });

  it('finds the article in a @graph or a list, after blocks that are not articles', () => {
    const graph = {
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        { '@type': ['ReportageNewsArticle'], name: 'From the graph' },
      ],
    };
    expect(jsonLdOf(JSON.stringify({ '@type': 'Organization', name: 'X' }), JSON.stringify(graph)).headline).toBe('From the graph');
    expect(jsonLdOf(JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': 'BlogPosting', headline: 'In a list' }])).headline).toBe(
      'In a list',
    );
  });

  it('ignores invalid JSON, values of the wrong type and absurdly long fields', () => {
    const article = {
      '@type': 'NewsArticle',
      headline: { text: 'object' },
      author: 42,
      datePublished: ['2024'],
      publisher: 'Harbour',
      url: 'x'.repeat(600),
    };
    expect(jsonLdOf('{ not json', JSON.stringify(article))).toEqual({ site: 'Harbour' });
    expect(jsonLdOf('null', '"string"', '[]')).toEqual({});
  });

  it('reads only scripts typed as JSON-LD, and never runs them', () => {
    const document = parseHtml(
      '<script type="text/javascript">{"@type":"NewsArticle","headline":"Script"}</script><script type=" Application/LD+JSON ">{"@type":"NewsArticle","headline":"Data"}</script>',
    );
    expect(readJsonLd(document)).toEqual({ headline: 'Data' });
  });
});
