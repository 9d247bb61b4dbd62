/** The length the desk's style suggests for a claim statement; the editor counts against it, drafts never cut to it. */
export const STATEMENT_TARGET_LENGTH = 75;

// Quotation marks of either style; a quotation of this many words is the claim itself.
const QUOTED = /["“]([^"”]{12,})["”]/;
const QUOTE_WORDS = 4;
const LEADING_ACCORDING = /^according to [^,]+,\s*/i;
const TRAILING_ACCORDING = /,?\s+according to [^,.;]+[.!]?$/i;
const TRAILING_SAID =
  /,?\s+(?:[A-Z][\w.'’-]*\s+){0,6}(?:[\w'’-]+\s+){0,3}(?:said|says|told [\w\s]+?|added|claimed|argued|insisted|stated|announced|wrote)(?:\s+on\s+\w+)?[.!]?$/;
// "Said", "says" and "told" introduce speech with or without "that". The other verbs also take a
// plain object — "claimed responsibility for the attack", "attacks claimed by Islamic State",
// "reported a loss" — where they are the claim itself, so only "that" marks them as reporting.
const LEADING_SAID_THAT =
  /^(?:[\w'’.-]+\s+){1,8}?(?:(?:said|says|told [\w\s]+?)\s+(?:(?:on|last|this)\s+\w+\s+|yesterday\s+|today\s+)?(?:that\s+)?|(?:claimed|claims|argued|insisted|stated|announced|reported)\s+(?:(?:on|last|this)\s+\w+\s+|yesterday\s+|today\s+)?that\s+)/i;
// Quotation marks belong to the article's wording; the statement is the claim in the desk's words.
const QUOTE_MARKS = /["“”„«»]/g;

/**
 * A first draft of a claim statement from its sentence: the quoted words when the sentence
 * quotes the claimant ("\"The tanks were empty,\" he said" → "The tanks were empty"), else the
 * sentence less its attribution ("according to…", "X said on Monday that…"), capitalised,
 * without quotation marks or the closing full stop. Always the whole claim — never cut short,
 * however long. Only a draft: the neutral wording is the analyst's judgement.
 */
export function suggestStatement(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  const quoted = QUOTED.exec(flat)?.[1]?.trim();
  let core = quoted && quoted.split(' ').length >= QUOTE_WORDS ? quoted : stripAttribution(flat);
  core = core
    .replace(QUOTE_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:.!\s]+$/u, '');
  return core.charAt(0).toUpperCase() + core.slice(1);
}

function stripAttribution(sentence: string): string {
  const withoutAccording = sentence.replace(LEADING_ACCORDING, '').replace(TRAILING_ACCORDING, '');
  if (withoutAccording !== sentence) return withoutAccording;
  const withoutSaid = sentence.replace(TRAILING_SAID, '');
  if (withoutSaid !== sentence && withoutSaid.split(' ').length >= QUOTE_WORDS) return withoutSaid;
  const afterThat = sentence.replace(LEADING_SAID_THAT, '');
  return afterThat.split(' ').length >= QUOTE_WORDS ? afterThat : sentence;
}
