/**
 * W3C Web Annotation TextQuoteSelector over a document's plain text: the exact
 * quoted text plus up to `CONTEXT_LENGTH` characters on either side. Empty
 * prefix or suffix means the quote touched the start or end of the text.
 */
export type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
};

/**
 * W3C Web Annotation TextPositionSelector: UTF-16 offsets into the plain text,
 * `start` inclusive and `end` exclusive.
 */
export type TextPositionSelector = {
  type: 'TextPositionSelector';
  start: number;
  end: number;
};

/**
 * Both selectors stored for one annotation. Shaped exactly like the model's
 * zod-derived type so that stored annotations can be passed in unchanged.
 */
export type AnnotationSelectors = {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
};
