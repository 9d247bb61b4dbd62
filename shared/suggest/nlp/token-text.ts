import type { Token } from './analyse-sentence';

/**
 * Joins tokens back into readable text: a space between words, none before closing punctuation or
 * after an opening quote. Used for reasons and names, never for offsets.
 */
export function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    const tight = /^[.,;:!?%)\]}'"\u2019\u201d]$|^['\u2019]s$|^n['\u2019]t$/i.test(token.text) || /["\u201c(\[]$/.test(out);
    out += out === '' || tight ? token.text : ` ${token.text}`;
  }
  return out;
}

/** Words that negate a clause ("not", "n't", "never", "no"). */
export function isNegator(token: Token | undefined): boolean {
  return token !== undefined && ['not', "n't", 'never', 'no'].includes(token.lower);
}

/** Quotation marks, straight or curly. */
export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && /^["\u201c\u201d\u00ab\u00bb]$/.test(token.text);
}
