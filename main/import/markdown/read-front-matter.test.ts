import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './read-front-matter';

describe('readFrontMatter', () => {
  it('reads title, authors, date, URL and site, and returns the body after the block', () => {
    const { frontMatter, body } = readFrontMatter(
      [
        '---',
        'title: "Ferry fares rise again: what changes"',
        'authors:',
        '  - Lena Marsh',
        "  - 'Omar Haddad'",
        'date: 2024-06-14',
        'canonical_url: https://example.org/ferry',
        'site: The Harbour Times',
        'tags: [ferries, prices]',
        '---',
        '# Ferry fares rise again',
      ].join('\n'),
    );
    expect(frontMatter).toEqual({
      title: 'Ferry fares rise again: what changes',
      byline: 'Lena Marsh and Omar Haddad',
      published: '2024-06-14',
      url: 'https://example.org/ferry',
      site: 'The Harbour Times',
    });
    expect(body).toBe('# Ferry fares rise again');
  });

  it('leaves a file without a closed block untouched', () => {
    const source = '---\ntitle: Not closed\n\n# Heading';
    expect(readFrontMatter(source)).toEqual({ frontMatter: {}, body: source });
    expect(readFrontMatter('# Just markdown\n---\n').frontMatter).toEqual({});
  });

  it('accepts a closing "..." line and a byte-order mark', () => {
    expect(readFrontMatter('\uFEFF---\r\nauthor: Jane Doe\r\n...\r\nBody').frontMatter).toEqual({ byline: 'Jane Doe' });
  });
});
