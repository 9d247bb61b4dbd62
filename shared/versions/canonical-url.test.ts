import { describe, expect, it } from 'vitest';
import { normaliseArticleUrl } from './canonical-url';
import { findSameArticle } from './find-same-article';

describe('normaliseArticleUrl', () => {
  it('treats the spellings of one article address alike', () => {
    const forms = [
      'https://www.lowmere-gazette.example/news/roof-survey',
      'http://lowmere-gazette.example/news/roof-survey/',
      'https://LOWMERE-GAZETTE.example:443/news/roof-survey?utm_source=twitter&utm_medium=social',
      'https://lowmere-gazette.example/news/roof-survey#comments',
      ' https://lowmere-gazette.example/news/roof-survey?fbclid=abc ',
    ];
    expect(new Set(forms.map(normaliseArticleUrl))).toEqual(new Set(['lowmere-gazette.example/news/roof-survey']));
  });

  it('keeps what names a different article: path case, other query parameters, in any order', () => {
    expect(normaliseArticleUrl('https://site.example/News/a')).not.toBe(normaliseArticleUrl('https://site.example/news/a'));
    expect(normaliseArticleUrl('https://site.example/story?id=1&page=2')).toBe(
      normaliseArticleUrl('https://site.example/story?page=2&id=1'),
    );
    expect(normaliseArticleUrl('https://site.example/story?id=1')).not.toBe(normaliseArticleUrl('https://site.example/story?id=2'));
  });

  it('refuses what is not an absolute web address', () => {
    for (const url of ['', '/news/a', 'mailto:desk@site.example', 'javascript:alert(1)', 'file:///tmp/a.html', 'https://localhost/a']) {
      expect(normaliseArticleUrl(url)).toBeNull();
    }
  });
});

describe('findSameArticle', () => {
  const library = [{ id: 'b', url: 'https://site.example/story-b' }, { id: 'plain' }, { id: 'a', url: 'https://site.example/story-a' }];

  it('finds the library article with the same canonical address', () => {
    expect(findSameArticle('http://www.site.example/story-a/?utm_campaign=x', library)?.id).toBe('a');
  });

  it('finds nothing for a new address or an article without one', () => {
    expect(findSameArticle('https://site.example/story-c', library)).toBeUndefined();
    expect(findSameArticle(undefined, library)).toBeUndefined();
  });
});
