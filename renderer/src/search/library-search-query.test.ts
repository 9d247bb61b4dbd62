import { describe, expect, it } from 'vitest';
import { activeFilters, matchInSnippet } from './library-search-query';

describe('matchInSnippet', () => {
  it('marks the query in a result snippet however it is cased or accented, the last word as a prefix', () => {
    const snippet = 'Pilots said they had seen a Zeppelin over the Brèakwater.';
    const match = matchInSnippet(snippet, 'zeppelin breakw');
    expect(match && snippet.slice(match.start, match.end)).toBe('Zeppelin over the Brèakwater');
  });

  it('marks nothing when no query word shows in the snippet', () => {
    expect(matchInSnippet('A title hit elsewhere', 'zeppelin')).toBeNull();
  });
});

describe('activeFilters', () => {
  it('sends only the filters chosen', () => {
    expect(activeFilters({ tag: 'claim', status: '', verdict: ' ', analyst: 'bob', addedFrom: '', addedTo: '2026-03-01' })).toEqual({
      tag: 'claim',
      analyst: 'bob',
      addedTo: '2026-03-01',
    });
  });
});
