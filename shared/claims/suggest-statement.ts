/** The length a claim statement should keep to, as the desk's style asks. */
export const STATEMENT_TARGET_LENGTH = 75;

// Quotation marks of either style; a quotation of this many words is the claim itself.
const QUOTED = /["“]([^"”]{12,})["”]/;
const QUOTE_WORDS = 4;
const LEADING_ACCORDING = /^according to [^,]+,\s*/i;
const TRAILING_ACCORDING = /,?\s+according to [^,.;]+[.!]?$/i;
const TRAILING_SAID = /,?\s+(?:[A-Z][\w.'’-]*\s+){0,6}(?:[\w'’-]+\s+){0,3}(?:said|says|told [\w\s]+?|added|claimed|argued|insisted|stated|announced|wrote)(?:\s+on\s+\w+)?[.!]?$/;
const LEADING_SAID_THAT = /^(?:[\w'’.-]+\s+){1,8}?(?:said|says|claimed|claims|argued|insisted|stated|announced|told [\w\s]+?)\s+(?:that\s+)?/i;

/**
 * A first draft of a claim statement from its sentence: the quoted words when the sentence
 * quotes the claimant ("\"The tanks were empty,\" he said" → "The tanks were empty"), else the
 * sentence less its attribution ("according to…", "X said that…"), capitalised, without the
 * closing full stop, cut at a word boundary near `STATEMENT_TARGET_LENGTH` with an ellipsis.
 * Only a draft: normalising the claim into neutral words is the analyst's judgement.
 */
export function suggestStatement(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  const quoted = QUOTED.exec(flat)?.[1]?.trim();
  let core = quoted && quoted.split(' ').length >= QUOTE_WORDS ? quoted : stripAttribution(flat);
  core = core.replace(/[,;:.!\s]+$/u, '');
  core = core.charAt(0).toUpperCase() + core.slice(1);
  return shorten(core);
}

function stripAttribution(sentence: string): string {
  const withoutAccording = sentence.replace(LEADING_ACCORDING, '').replace(TRAILING_ACCORDING, '');
  if (withoutAccording !== sentence) return withoutAccording;
  const withoutSaid = sentence.replace(TRAILING_SAID, '');
  if (withoutSaid !== sentence && withoutSaid.split(' ').length >= QUOTE_WORDS) return withoutSaid;
  const afterThat = sentence.replace(LEADING_SAID_THAT, '');
  return afterThat.split(' ').length >= QUOTE_WORDS ? afterThat : sentence;
}

function shorten(statement: string): string {
  if (statement.length <= STATEMENT_TARGET_LENGTH) return statement;
  const cut = statement.slice(0, STATEMENT_TARGET_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > STATEMENT_TARGET_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/u, '')}…`;
}
