import type { SentenceAnalysis, Token } from '../nlp/analyse-sentence';
import type { Cue } from './cue';

// Words that judge or feel rather than state: a reaction ("It's a disgrace", "It's gorgeous")
// or a characterisation ("called the decision a stitch-up") has nothing a checker can verify.
const EVALUATIVE_LEMMAS = new Set([
  'disgrace',
  'disgraceful',
  'shameful',
  'shame',
  'scandal',
  'scandalous',
  'outrageous',
  'ridiculous',
  'absurd',
  'joke',
  'gorgeous',
  'lovely',
  'beautiful',
  'wonderful',
  'fantastic',
  'brilliant',
  'amazing',
  'great',
  'perfect',
  'proper',
  'terrible',
  'awful',
  'horrible',
  'dreadful',
  'appalling',
  'nightmare',
  'sad',
  'tragic',
  'worst',
  'best',
  'love',
  'hate',
  'feel',
  'forgotten',
  'regret',
  'annoying',
  'desperately',
  'stitch',
  'scaremongering',
  'petty',
  'embarrassment',
  'embarrassing',
  'shambles',
  'fiasco',
  'wasteland',
  'sceptical',
  'furious',
  'angry',
  'disappointed',
  'delighted',
  'pleased',
  'happy',
  'proud',
  'worried',
  'philosophical',
]);
// Speakers who stand for nobody in particular ("someone says", "most people we spoke to said").
const GENERIC_SPEAKERS = new Set([
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'anyone',
  'people',
  'supporters',
  'critics',
  'opponents',
]);
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'me', 'us']);
const MODALS = new Set(['will', 'would', 'might', 'may', 'could']);

/**
 * Signs that a sentence gives a view rather than a fact: a judgement or feeling with no figure to
 * check (vox pops, reactions, a columnist's verdict), a speaker who is nobody in particular or a
 * saying that has not happened ("Supporters will say…", "Most people we spoke to said…"), and a
 * writer's own first-person view or experience outside quotation marks (a columnist's "three
 * villages I have seen" is a memory, not a figure to check). Their weights are shares of the
 * score taken away, like procedural cues.
 */
export function findOpinion(analysis: SentenceAnalysis, figured: boolean): Cue[] {
  const { tokens } = analysis;
  const cues: Cue[] = [];
  // A name is never a judgement ("Fair Basket", "Best Foods").
  const judging = tokens.find((t) => t.pos !== 'PROPN' && (EVALUATIVE_LEMMAS.has(t.lower) || EVALUATIVE_LEMMAS.has(t.lemma)));
  if (judging && !figured) cues.push({ kind: 'procedural', weight: 0.45, reason: `a view or reaction ('${judging.text}')` });
  if (genericSaying(tokens)) cues.push({ kind: 'procedural', weight: 0.4, reason: 'said by nobody in particular' });
  if (writersOwn(tokens)) cues.push({ kind: 'procedural', weight: 0.35, reason: "the writer's own view or experience" });
  const own = !figured && speakersOwn(tokens);
  if (own) cues.push({ kind: 'procedural', weight: 0.4, reason: `the speaker's own plan or experience ('said ${own}')` });
  return cues;
}

const SPEAKER_PRONOUNS = new Set(['he', 'she', 'i']);

/**
 * "Pollitt said he would miss the place", "she said she now has to stand": a speaker reporting
 * their own intention or experience, the pronoun after the verb of saying. Undefined otherwise.
 */
function speakersOwn(tokens: readonly Token[]): string | undefined {
  const verb = tokens.findIndex((t) => ['say', 'tell'].includes(t.lemma) && t.pos === 'VERB');
  if (verb < 0) return undefined;
  let next = verb + 1;
  if (tokens[next]?.lower === 'that') next++;
  const pronoun = tokens[next];
  return pronoun && SPEAKER_PRONOUNS.has(pronoun.lower) ? pronoun.text : undefined;
}

function genericSaying(tokens: readonly Token[]): boolean {
  const spoke = tokens.some((t, i) => t.lower === 'we' && ['spoke', 'asked', 'talked'].includes(tokens[i + 1]?.lower ?? ''));
  const generic = tokens.some(
    (t, i) => GENERIC_SPEAKERS.has(t.lower) && ['say', 'think', 'believe', 'know'].includes(tokens[i + 1]?.lemma ?? ''),
  );
  const hypothetical = tokens.some((t, i) => MODALS.has(t.lower) && tokens[i + 1]?.lemma === 'say');
  return spoke || generic || hypothetical;
}

/** A first-person word outside every quotation: the writer speaking for themselves. */
function writersOwn(tokens: readonly Token[]): boolean {
  let quoted = false;
  for (const token of tokens) {
    if (/^["\u201c\u201d]$/.test(token.text)) quoted = !quoted;
    else if (!quoted && FIRST_PERSON.has(token.lower)) return true;
  }
  return false;
}
