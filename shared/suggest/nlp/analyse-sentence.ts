import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word or punctuation mark of a sentence, as wink-nlp reads it. */
export interface Token {
  /** The token exactly as written. */
  text: string;
  /** Lower case, with curly apostrophes straightened, for matching word lists. */
  lower: string;
  /** wink-nlp's lemma ("said" → "say", "largest" → "large"). */
  lemma: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, AUX, NUM, PART, PUNCT…). */
  pos: string;
}

/** A span wink-nlp's recogniser found: DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY, PERCENT… */
export interface Entity {
  type: string;
  text: string;
  /** Index of the entity's first token. */
  first: number;
  /** Index of its last token (inclusive). */
  last: number;
}

/** The linguistic reading of one sentence that every feature works from. */
export interface SentenceAnalysis {
  text: string;
  tokens: Token[];
  entities: Entity[];
}

// Loading the model takes ~0.3 s, so it happens on first use, not on import: the renderer and the
// command line pay for it only when suggestions are asked for.
let nlp: WinkMethods | undefined;

function loadNlp(): WinkMethods {
  // Sentence boundaries come from shared/segment, so wink's own splitter and the sentiment pass
  // are left out of the pipe; negation is left out too because the denial rules read "not" in
  // context (a relative clause, a reporting verb) rather than wink's negated-scope flag.
  nlp ??= winkNLP(model, ['pos', 'ner']);
  return nlp;
}

const OPENS_SENTENCE = /^["\u201c\u2018'(:\u2013\u2014-]$/;

/**
 * The lite model tags some capitalised names inside a sentence as common nouns or even verbs
 * ("Simon Ward/VERB", "Budget Office/NOUN"). A capitalised word that does not open the sentence
 * (or a quotation) is a name.
 */
function markCapitalisedNames(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (i === 0 || previous === undefined || OPENS_SENTENCE.test(previous.text)) return;
    if (/^\p{Lu}\p{Ll}/u.test(token.text) && ['NOUN', 'VERB', 'ADJ'].includes(token.pos)) token.pos = 'PROPN';
  });
}

const OBJECT_OPENERS = new Set(['DET', 'PRON', 'SCONJ', 'NUM']);

/**
 * The lite model also reads a present-tense verb after a noun as a second noun ("the ministry
 * disputes that", "head teachers dispute that", "records show the…"). Between a noun and a
 * determiner, pronoun, "that" or a number, with an -s on one of the two (the verb agreeing with
 * its subject), the second word is the verb.
 */
function markMisreadVerbs(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (token.pos !== 'NOUN' || before === undefined || after === undefined) return;
    if (!['NOUN', 'PROPN'].includes(before.pos) || !OBJECT_OPENERS.has(after.pos)) return;
    if (token.lower.endsWith('s') !== before.lower.endsWith('s')) token.pos = 'VERB';
  });
}

/**
 * Tokenises, tags and runs entity recognition on one sentence. The model is loaded on the first
 * call. Work is per sentence, so a long article costs time in proportion to the sentences asked
 * about, never a whole-document parse.
 */
export function analyseSentence(text: string): SentenceAnalysis {
  const nlp = loadNlp();
  // wink-nlp's `its` helpers are plain functions that out() calls itself; its typings merely
  // declare them as methods, which the unbound-method rule cannot tell apart.
  /* eslint-disable @typescript-eslint/unbound-method */
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  // wink-nlp's typings declare its.lemma with an addons parameter that out() does not accept,
  // though out() passes the model's addons at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  const tags = doc.tokens().out(its.pos);
  const tokens = values.map((value, index) => ({
    text: value,
    lower: value.toLowerCase().replace(/\u2019/g, "'"),
    lemma: String(lemmas[index] ?? value).toLowerCase(),
    pos: String(tags[index] ?? 'X'),
  }));
  markCapitalisedNames(tokens);
  markMisreadVerbs(tokens);
  const details = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const entities = details.map((detail, index) => {
    const [first, last] = spans[index] ?? [0, 0];
    return { type: detail.type, text: detail.value, first, last };
  });
  /* eslint-enable @typescript-eslint/unbound-method */
  return { text, tokens, entities };
}
