export { foldTerm } from './fold-term';
export { tokenize, type Token } from './tokenize';
export { locateMatch, parseQuery, type ParsedQuery } from './match-query';
export { makeSnippet } from './make-snippet';
export { SEARCH_FIELDS, type SearchField, type SearchHit } from './search-hit';
export { DEFAULT_SEARCH_LIMIT, SearchIndex } from './search-index';
